# Default argument values are used when arguments are omitted and overridden when given.
def greet(name: str, greeting: str = "Hello", punct: str = "!") -> str:
    return greeting + ", " + name + punct


def power(base: int, exp: int = 2) -> int:
    return base ** exp


def window(xs: list[int], start: int = 0, stop: int = -1) -> list[int]:
    if stop < 0:
        stop = len(xs)
    return xs[start:stop]


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Hey", "?"))
print(greet("Dee", punct="..."))
print(power(5), power(5, 3), power(2, exp=10))
data = [1, 2, 3, 4, 5, 6]
print(window(data), window(data, 2), window(data, 1, 3), window(data, stop=2))
print(power.__defaults__, greet.__defaults__)

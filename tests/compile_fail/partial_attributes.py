import functools


def power(base: int, exp: int) -> int:
    return base ** exp


square = functools.partial(power, exp=2)
print(square(3))
print(square.keywords)

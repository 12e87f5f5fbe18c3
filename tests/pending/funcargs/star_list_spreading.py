# Calls can spread a list or tuple with * into positional parameters, alongside normal arguments.
def triple(a: int, b: int, c: int) -> str:
    return str(a) + "-" + str(b) + "-" + str(c)


args = [1, 2, 3]
print(triple(*args))
print(triple(0, *args[:2]))
print(triple(*[7], *(8, 9)))
pair = (5, 6)
print(triple(*pair, 10))
print(triple(*reversed(args)))


def count(*xs: int) -> int:
    return len(xs)


print(count(*[]), count(*range(5)), count(1, *[2, 3], 4, *[5]))
print(max(*[4, 9, 2]), min(*"hello"))
words = ["a", "b", "c"]
print(*words)
print(*words, sep="|")

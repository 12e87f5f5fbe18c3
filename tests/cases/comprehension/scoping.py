# A comprehension's loop variable does not leak, and it sees outer names.
x = 100
squares = [x * x for x in range(4)]
print(squares, x)
factor = 3
print([factor * i for i in range(4)])
words = ["a", "bb"]
w = "outer"
print([w * 2 for w in words], w)


def scaled(xs: list[int], k: int) -> list[int]:
    return [v * k for v in xs]


none: list[int] = []
print(scaled([1, 2, 3], 10), scaled(none, 5))
limit = 5
print([i for i in range(10) if i < limit])
limit = 2
print([i for i in range(10) if i < limit])
# The same name may be an int in one comprehension and a str in another.
print([v * 2 for v in [1, 2]], [v * 2 for v in ["a", "b"]])

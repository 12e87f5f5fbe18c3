# print(*iterable) spreads the items as separate arguments.
words = ["alpha", "beta", "gamma"]
print(*words)
print(*words, sep="/")
print(*[1, 2, 3], sep="+", end="=6\n")
print(*"abc")

"""The iterating builtins over a `T | None`: a T, or TypeError for None."""


def maybe(n):
    if n < 0:
        return None
    return [3, 1, 2][:n]


x = maybe(3)
print(sorted(x), sum(x), min(x), max(x), list(x), set(x), tuple(x), any(x), all(x))
print(list(enumerate(x)), list(zip(x, "abc")), list(map(str, x)), list(filter(None, x)))
print(sorted(x, reverse=True), [v for v in x], {v: 1 for v in x}, ",".join(str(v) for v in x))
print(list(reversed(x)) if x is not None else [])
y = maybe(-1)
try:
    print(sorted(y))
except TypeError as e:
    print("TypeError", e)
try:
    print(sum(y))
except TypeError as e:
    print("TypeError", e)

"""A None default passed on to another function's None default."""

def f(a, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    while lo < hi:
        lo += 1
    return lo


def g(a, lo=0, hi=None):
    return f(a, lo, hi)


print(f([1, 2]), f([1, 2], 0, 1), g([1, 2, 3]))

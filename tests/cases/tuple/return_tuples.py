# Functions returning tuples of several values.
def min_max(xs: list[int]) -> tuple[int, int]:
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def div_mod(a: int, b: int) -> tuple[int, int]:
    return (a // b, a % b)


def describe(n: int) -> tuple[str, bool]:
    if n % 2 == 0:
        return ("even", n > 0)
    return ("odd", n > 0)


def stats(xs: list[float]) -> tuple[float, float]:
    total = 0.0
    for v in xs:
        total += v
    mean = total / len(xs)
    var = 0.0
    for v in xs:
        var += (v - mean) * (v - mean)
    return mean, var / len(xs)


print(min_max([3, 9, -2, 7]))
lo, hi = min_max([5])
print(lo, hi)
q, r = div_mod(17, 5)
print(q, r, div_mod(-17, 5), div_mod(17, -5))
for n in [-3, 0, 4]:
    kind, positive = describe(n)
    print(n, kind, positive, describe(n))
m, v = stats([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
print(m, v)
print(stats([1.5]))

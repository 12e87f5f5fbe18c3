# Unannotated functions taking and returning tuples.
def divmod2(a, b):
    return a // b, a % b


def min_max(xs):
    lo = xs[0]
    hi = xs[0]
    for x in xs:
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi


def add_points(p, q):
    return (p[0] + q[0], p[1] + q[1])


def swap(pair):
    a, b = pair
    return b, a


q, r = divmod2(47, 5)
print(q, r, divmod2(100, 7))
lo, hi = min_max([4, -2, 9, 0, 7])
print(lo, hi, min_max([3]))
p = (1, 2)
for step in [(3, 4), (-1, 0), (10, 10)]:
    p = add_points(p, step)
    print(p)
print(swap((1, 2)), swap(swap((5, 6))))
pairs = [(3, 1), (1, 2), (2, 0)]
print(sorted(pairs), sorted(pairs, key=lambda t: t[1]))
print([swap(t) for t in pairs])

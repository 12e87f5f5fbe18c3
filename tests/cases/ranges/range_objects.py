"""Ranges kept as values: stored, passed, returned, indexed and sliced."""


def total(r):
    s = 0
    for i in r:
        s += i
    return s


def halves(r: range) -> range:
    return r[: len(r) // 2]


r = range(10)
print(r, len(r), r[3], r[-1], total(r), total(r))
print(list(r[2:8:2]), r[2:8:2], r[::-1], list(r[::-3]))
print(5 in r, 10 in r, -1 in r)
print(halves(range(1, 20, 3)), list(halves(range(1, 20, 3))))
e = range(5, 2)
print(len(e), bool(e), bool(r), list(e))
print(r == range(0, 10), e == range(0), range(0, 3, 2) == range(0, 4, 2))
print(list(reversed(range(1, 10, 4))), r.index(7), r.count(3), r.count(11))
print(sum(r), max(r), min(r), sorted(r, reverse=True)[:3])
print([x * x for x in r if x % 3 == 0], set(range(3)), tuple(range(2, 5)))
ranges = [range(3), range(2, 8, 2)]
for q in ranges:
    print(q, list(q), len(q))
big = range(0, 10**20, 10**19)
print(big, len(big), big[-1], 10**19 * 3 in big)
d = range(10, 0, -2)
print(d, list(d), d[1:3], list(d[1:3]), 4 in d, 5 in d, list(reversed(d)))
if r:
    print("non-empty")
cols = range(4)
print([(i, j) for i in cols for j in cols if i < j][:4])
print(f"{r}", str(r), repr(d), [r])
print(list(zip(cols, range(10, 14))), list(enumerate(range(3, 6))))

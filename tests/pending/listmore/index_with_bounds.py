# list.index with start and stop (a value outside the bounds raises ValueError), and extend from iterables.
xs = [5, 1, 5, 2, 5, 3]
print(xs.index(5), xs.index(5, 1), xs.index(5, 3), xs.index(5, -2))
print(xs.index(2, 0, 4))
ys = xs * 2
print(ys.count(5), len(ys))
zs = xs[:]
zs.extend(range(3))
zs.extend("ab")
print(zs)
print(xs.index(3, 0, 3))

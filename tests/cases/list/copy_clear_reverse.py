# copy() is shallow; clear() empties in place; reverse() flips in place and returns None.
a = [[1], [2], [3]]
b = a.copy()
b.append([4])
b[0].append(10)
print(a, b)
print(a.reverse(), a)
c = a
a.clear()
print(a, c, b)
xs = list(range(7))
xs.reverse()
print(xs)
xs.reverse()
print(xs, xs[::-1] == list(reversed(xs)))
ys = xs[:]
ys.clear()
print(xs, ys, len(ys))
zs = list(xs)
zs.reverse()
print(zs, xs)

# `is` and `is not` on containers: same object versus equal object.
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c, b is not a)
d = {"x": [1]}
e = d.copy()
print(d is e, d == e, d["x"] is e["x"])
s = {1, 2}
t = set(s)
print(s is t, s == t)
grid = [[0] * 2] * 3
print(grid[0] is grid[1], grid[0] is grid[2])
fresh = [[0] * 2 for _ in range(3)]
print(fresh[0] is fresh[1], fresh[0] == fresh[1])
nested = [a, a, c]
print(nested[0] is nested[1], nested[1] is nested[2], nested[0] == nested[2])
a.append(4)
print(nested)
sl = a[:]
print(sl is a, sl == a)

# del on list items and slices, dict keys and names.
xs = list(range(10))
del xs[0]
del xs[-1]
print(xs)
del xs[1:3]
print(xs)
del xs[::2]
print(xs)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
grid = [[1, 2], [3, 4]]
del grid[0][1]
del grid[1][0]
print(grid)
nested = {"k": [1, 2, 3]}
del nested["k"][1]
print(nested)
b = [1, 2, 3]
del b[:]
print(b)

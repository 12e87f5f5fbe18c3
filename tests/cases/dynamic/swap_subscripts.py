# Tuple assignment to subscripts: swaps inside lists and dicts.
a = [5, 3, 8, 1]
a[0], a[3] = a[3], a[0]
print(a)
n = len(a)
for i in range(n):
    for j in range(n - 1 - i):
        if a[j] > a[j + 1]:
            a[j], a[j + 1] = a[j + 1], a[j]
print(a)
d = {"x": 1, "y": 2}
d["x"], d["y"] = d["y"], d["x"]
print(d)
grid = [[1, 2], [3, 4]]
grid[0][1], grid[1][0] = grid[1][0], grid[0][1]
print(grid)
b = [0, 0, 0]
b[0], b[1], b[2] = 7, 8, 9
print(b)
i = 0
b[i], i = 42, 2
print(b, i)

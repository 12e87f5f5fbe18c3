# A list of lists built up from empty lists: a grid, a Pascal triangle and row groups.
grid = []
for r in range(3):
    row = []
    for c in range(4):
        row.append(r * 4 + c)
    grid.append(row)
print(grid)
print(grid[1][2], [row[0] for row in grid], sum(sum(row) for row in grid))
transposed = []
for c in range(4):
    col = []
    for row in grid:
        col.append(row[c])
    transposed.append(col)
print(transposed)
tri = []
for n in range(6):
    row = [1]
    if n > 0:
        prev = tri[-1]
        for k in range(1, n):
            row.append(prev[k - 1] + prev[k])
        row.append(1)
    tri.append(row)
for row in tri:
    print(row)
groups = []
for i in range(7):
    if i % 3 == 0:
        groups.append([])
    groups[-1].append(i)
print(groups)

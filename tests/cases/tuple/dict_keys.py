# Tuples as dictionary keys: a sparse grid.
grid: dict[tuple[int, int], str] = {}
grid[(0, 0)] = "origin"
grid[(1, 2)] = "tree"
grid[(-1, 5)] = "rock"
print(grid)
print(grid[(1, 2)], (0, 0) in grid, (2, 1) in grid)
print(grid.get((9, 9), "empty"), grid.get((-1, 5), "empty"))
pos = (1, 2)
grid[pos] = "big tree"
print(grid[pos], len(grid))
del grid[(0, 0)]
print(grid)
for key, thing in grid.items():
    gx, gy = key
    print(gx, gy, thing)
dist: dict[tuple[int, int], int] = {}
for i in range(3):
    for j in range(3):
        dist[(i, j)] = i + j
print(dist)
print(sorted(list(dist.keys()))[-3:])
neighbors = 0
for dx in [-1, 0, 1]:
    for dy in [-1, 0, 1]:
        if (1 + dx, 1 + dy) in dist and (dx, dy) != (0, 0):
            neighbors += 1
print(neighbors)

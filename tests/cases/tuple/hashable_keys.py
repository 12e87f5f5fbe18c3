# Tuples are hashable: dict keys, set elements, and equal tuples hash equal.
grid: dict[tuple[int, int], str] = {}
grid[(0, 0)] = "origin"
grid[(1, 2)] = "a"
grid[1, 3] = "b"
print(grid, grid[(1, 2)], (1, 3) in grid, (3, 1) in grid)
seen = {(1, 2), (2, 1), (1, 2)}
print(len(seen), (2, 1) in seen, sorted(seen))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
visits: dict[tuple[str, int], int] = {}
for name, day in [("ann", 1), ("bob", 1), ("ann", 1), ("ann", 2)]:
    visits[(name, day)] = visits.get((name, day), 0) + 1
print(visits)
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
nested = {((1, 2), "x"): 1}
print(nested[((1, 2), "x")])
del grid[(0, 0)]
print(list(grid.keys()))

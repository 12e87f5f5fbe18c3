# Inner lists reached through several paths are one object.
row = [0, 0, 0]
grid = [row, [1, 1, 1], row]
grid[0][1] = 5
print(grid)
grid[1] = row
grid[1][2] = 7
print(grid, row)
table = {"r": row}
table["r"][0] = 9
print(row, grid[2])
pairs = [(1, row), (2, row)]
pairs[0][1].append(4)
print(pairs[1], len(row))
copy = [list(r) for r in grid]
copy[0][0] = -1
print(grid[0][0], copy[0][0], copy[1][0])
shallow = grid[:]
shallow[0][0] = -2
print(grid[0][0], row[0])
shallow[0] = [0]
print(grid[0], shallow[0])

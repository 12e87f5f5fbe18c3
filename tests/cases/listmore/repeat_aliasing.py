# [[0] * n] * m repeats one inner list; a comprehension makes separate lists.
shared = [[0] * 3] * 2
shared[0][0] = 1
print(shared, shared[0] is shared[1])
separate = [[0] * 3 for _ in range(2)]
separate[0][0] = 1
print(separate, separate[0] is separate[1])
row = [0, 0]
grid = [row, row]
grid[1][1] = 5
print(grid, row)

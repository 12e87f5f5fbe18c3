# A missing tuple key raises KeyError showing the tuple.
grid = {(0, 0): "a", (0, 1): "b"}
print(grid[(0, 1)], (1, 0) in grid)
print(grid[(1, 0)])

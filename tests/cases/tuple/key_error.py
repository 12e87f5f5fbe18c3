# A missing tuple key raises KeyError showing the tuple.
seen: dict[tuple[int, int], int] = {}
seen[(1, 2)] = 3
seen[(2, 1)] = 4
print(seen[(1, 2)], seen[(2, 1)])
print(seen[(3, 3)])

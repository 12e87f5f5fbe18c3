# A missing tuple key raises KeyError showing the tuple.
seen: dict[tuple[int, int], int] = {}
for i in range(3):
    for j in range(i):
        seen[(i, j)] = i * 10 + j
print(seen)
print(seen[(1, 0)], seen[(2, 1)], (0, 1) in seen)
total = 0
for key in [(1, 0), (2, 0), (2, 1)]:
    total += seen[key]
print(total)
print(seen[(3, 3)])

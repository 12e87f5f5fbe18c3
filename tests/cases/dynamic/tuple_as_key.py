# Tuples built at run time as dict keys and set elements.
seen = {}
for word in ["ab", "ba", "abc", "cab", "bca", "x"]:
    key = tuple(sorted(word))
    if key not in seen:
        seen[key] = []
    seen[key].append(word)
print(seen)
for k in seen:
    print(k, len(k), seen[k])
s = set()
s.add(tuple([1, 2]))
s.add(tuple(range(1, 3)))
s.add(())
print(len(s), (1, 2) in s, () in s)
grid = {}
for i in range(2):
    for j in range(2):
        grid[tuple([i, j])] = i * 2 + j
print(grid, grid[(1, 0)])

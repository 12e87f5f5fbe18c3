# Row and column statistics of a matrix with builtins over lists.
m = [[3, 8, 1], [9, 2, 7], [4, 6, 5]]
print([sum(row) for row in m], [max(row) for row in m], [min(row) for row in m])
cols = [[row[c] for row in m] for c in range(len(m[0]))]
print(cols, [sum(col) for col in cols])
flat = sorted([v for row in m for v in row])
print(flat, flat[len(flat) // 2])
print(max([max(row) for row in m]), min(m), max(m))
print(sum([m[i][i] for i in range(3)]), sum([m[i][2 - i] for i in range(3)]))
print(all([sum(row) == 12 for row in m]), any([sum(row) == 18 for row in m]))
print(list(range(len(m))), len(str(m)))

# Walking a square matrix by rows, columns, diagonals and in a spiral.
m = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]
n = len(m)
for row in m:
    print(" ".join([str(v).rjust(2) for v in row]))
col_sums: list[int] = []
for c in range(n):
    s = 0
    for row in m:
        s += row[c]
    col_sums.append(s)
print(col_sums)
diag: list[int] = []
anti: list[int] = []
for i in range(n):
    diag.append(m[i][i])
    anti.append(m[i][n - 1 - i])
print(diag, anti)
spiral: list[int] = []
top = 0
bottom = n - 1
left = 0
right = n - 1
while top <= bottom and left <= right:
    for c in range(left, right + 1):
        spiral.append(m[top][c])
    top += 1
    for r in range(top, bottom + 1):
        spiral.append(m[r][right])
    right -= 1
    if top <= bottom:
        for c in range(right, left - 1, -1):
            spiral.append(m[bottom][c])
        bottom -= 1
    if left <= right:
        for r in range(bottom, top - 1, -1):
            spiral.append(m[r][left])
        left += 1
print(spiral)

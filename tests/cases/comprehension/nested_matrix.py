# Nested list comprehensions building and transforming matrices.
n = 4
ident = [[1 if i == j else 0 for j in range(n)] for i in range(n)]
print(ident)
table = [[i * j for j in range(1, 6)] for i in range(1, 6)]
for row in table:
    print(" ".join([str(v).rjust(2) for v in row]))
m = [[1, 2, 3], [4, 5, 6]]
t = [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]
print(t)
doubled = [[v * 2 for v in row] for row in m]
print(doubled, m)
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
prod = [[sum([a[i][k] * b[k][j] for k in range(2)]) for j in range(2)] for i in range(2)]
print(prod)
zeros = [[0] * 3 for i in range(2)]
zeros[0][0] = 1
print(zeros)
pascal = [[1]]
for i in range(6):
    last = pascal[-1]
    pascal.append([1] + [last[k] + last[k + 1] for k in range(len(last) - 1)] + [1])
for row in pascal:
    print(" ".join([str(v) for v in row]).center(20))

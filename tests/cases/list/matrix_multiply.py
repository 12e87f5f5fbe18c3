# Matrix multiplication with lists of lists of ints.
def matmul(a: list[list[int]], b: list[list[int]]) -> list[list[int]]:
    n = len(a)
    m = len(b[0])
    k = len(b)
    result: list[list[int]] = []
    for i in range(n):
        row: list[int] = []
        for j in range(m):
            total = 0
            for t in range(k):
                total += a[i][t] * b[t][j]
            row.append(total)
        result.append(row)
    return result


def show(m: list[list[int]]) -> None:
    for r in m:
        line = ""
        for v in r:
            line += str(v).rjust(5)
        print(line)


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
p = matmul(a, b)
print(p)
show(p)
ident = [[1, 0], [0, 1]]
print(matmul(p, ident) == p)
fib = [[1, 1], [1, 0]]
power = [[1, 0], [0, 1]]
for i in range(30):
    power = matmul(power, fib)
print(power)
show(matmul(b, a))

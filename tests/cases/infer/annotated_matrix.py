# Annotated matrix helpers (list[list[int]]) mixed with unannotated ones building the same types.
def identity(n: int) -> list[list[int]]:
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def mul(a, b):
    n = len(a)
    m = len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(m)] for i in range(n)]


def power(a: list[list[int]], e: int) -> list[list[int]]:
    result = identity(len(a))
    while e > 0:
        if e % 2 == 1:
            result = mul(result, a)
        a = mul(a, a)
        e //= 2
    return result


def fib(n):
    return power([[1, 1], [1, 0]], n)[0][1]


def show(m: list[list[int]]) -> None:
    for row in m:
        print(" ".join(str(x) for x in row))


show(identity(3))
show(mul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
show(power([[1, 1], [0, 1]], 5))
print([fib(i) for i in range(12)])

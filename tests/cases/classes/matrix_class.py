# A matrix class: construction, identity, add, multiply, transpose, and row formatting.
class Matrix:
    def __init__(self, rows: list[list[int]]):
        self.rows = rows
        self.n = len(rows)
        self.m = len(rows[0])

    @classmethod
    def identity(cls, n: int) -> "Matrix":
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def add(self, other: "Matrix") -> "Matrix":
        return Matrix([[self.rows[i][j] + other.rows[i][j] for j in range(self.m)] for i in range(self.n)])

    def mul(self, other: "Matrix") -> "Matrix":
        out: list[list[int]] = []
        for i in range(self.n):
            row: list[int] = []
            for j in range(other.m):
                s = 0
                for k in range(self.m):
                    s += self.rows[i][k] * other.rows[k][j]
                row.append(s)
            out.append(row)
        return Matrix(out)

    def transpose(self) -> "Matrix":
        return Matrix([[self.rows[i][j] for i in range(self.n)] for j in range(self.m)])

    def show(self):
        for r in self.rows:
            print(" ".join([f"{v:4d}" for v in r]))


a = Matrix([[1, 2, 3], [4, 5, 6]])
b = a.transpose()
print(a.n, a.m, b.n, b.m)
a.mul(b).show()
b.mul(a).show()
a.add(a).show()
i3 = Matrix.identity(3)
print(a.mul(i3).rows == a.rows)
f = Matrix([[1, 1], [1, 0]])
p = Matrix.identity(2)
for _ in range(10):
    p = p.mul(f)
print(p.rows)

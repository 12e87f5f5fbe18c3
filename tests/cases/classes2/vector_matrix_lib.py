# A tiny linear-algebra library: Vec and Mat classes with dunder arithmetic, transpose and products.
class Vec:
    def __init__(self, items: list[float]):
        self.items = items

    def __add__(self, other: "Vec") -> "Vec":
        return Vec([a + b for a, b in zip(self.items, other.items)])

    def __sub__(self, other: "Vec") -> "Vec":
        return Vec([a - b for a, b in zip(self.items, other.items)])

    def scale(self, k: float) -> "Vec":
        return Vec([a * k for a in self.items])

    def dot(self, other: "Vec") -> float:
        total = 0.0
        for a, b in zip(self.items, other.items):
            total += a * b
        return total

    def norm(self) -> float:
        return self.dot(self) ** 0.5

    def __len__(self) -> int:
        return len(self.items)

    def __repr__(self) -> str:
        return "Vec(" + ", ".join([str(x) for x in self.items]) + ")"


class Mat:
    def __init__(self, rows: list[list[float]]):
        self.rows = rows

    def shape(self) -> tuple[int, int]:
        return (len(self.rows), len(self.rows[0]))

    def transpose(self) -> "Mat":
        n, m = self.shape()
        return Mat([[self.rows[i][j] for i in range(n)] for j in range(m)])

    def apply(self, v: Vec) -> Vec:
        return Vec([Vec(row).dot(v) for row in self.rows])

    def mul(self, other: "Mat") -> "Mat":
        t = other.transpose()
        return Mat([[Vec(r).dot(Vec(c)) for c in t.rows] for r in self.rows])

    @staticmethod
    def identity(n: int) -> "Mat":
        return Mat([[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)])

    def __repr__(self) -> str:
        return "Mat" + str(self.rows)


u = Vec([1.0, 2.0, 3.0])
w = Vec([4.0, -1.0, 0.5])
print(u + w, u - w, len(u))
print(u.scale(2.0), u.dot(w))
print(Vec([3.0, 4.0]).norm())
m = Mat([[1.0, 2.0, 0.0], [0.0, 1.0, -1.0]])
print(m.shape(), m.transpose().shape())
print(m.transpose())
print(m.apply(u))
print(m.mul(m.transpose()))
print(Mat.identity(3).apply(w))
print(m.mul(Mat.identity(3)).rows == m.rows)
rot = Mat([[0.0, -1.0], [1.0, 0.0]])
p = Vec([1.0, 0.0])
for _ in range(4):
    p = rot.apply(p)
    print(p)

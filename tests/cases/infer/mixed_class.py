# A class mixing annotated and unannotated methods and fields, types agreeing.
class Matrix:
    def __init__(self, rows: int, cols: int):
        self.rows = rows
        self.cols = cols
        self.data = [[0] * cols for _ in range(rows)]

    def set(self, r, c, v):
        self.data[r][c] = v

    def get(self, r: int, c: int) -> int:
        return self.data[r][c]

    def transpose(self):
        t = Matrix(self.cols, self.rows)
        for r in range(self.rows):
            for c in range(self.cols):
                t.set(c, r, self.get(r, c))
        return t

    def trace(self) -> int:
        return sum(self.data[i][i] for i in range(min(self.rows, self.cols)))

    def show(self):
        for row in self.data:
            print(" ".join(str(x) for x in row))


m = Matrix(2, 3)
for r in range(2):
    for c in range(3):
        m.set(r, c, r * 3 + c + 1)
m.show()
t = m.transpose()
t.show()
print(m.trace(), t.trace(), t.get(2, 1), t.rows, t.cols)

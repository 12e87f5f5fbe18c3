# Methods named clone (as Rust's Clone has): called as the Python methods,
# on one class and through a hierarchy.
class Shape:
    def __init__(self, n):
        self.n = n

    def clone(self):
        return Shape(self.n)


class Square(Shape):
    def clone(self):
        return Square(self.n * 2)


shapes = [Shape(1), Square(2)]
for s in shapes:
    c = s.clone()
    print(type(c).__name__, c.n)


class Board:
    def __init__(self, cells):
        self.cells = cells

    def clone(self):
        return Board(self.cells[:])


b = Board([1, 2])
copy = b.clone()
copy.cells.append(3)
print(b.cells, copy.cells, b is copy)

# A class with __slots__: its fields are the listed names; instances behave as usual.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y

    def moved(self, dx: int, dy: int) -> "Point":
        return Point(self.x + dx, self.y + dy)

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
q = p.moved(3, 4)
p.x = 10
print(p, q, p.x + q.y)
print([Point(i, i * i) for i in range(3)])

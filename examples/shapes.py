"""Shapes: a small class hierarchy used through the base class, and a union
narrowed by isinstance."""


class Shape:
    """Something with an area."""

    def __init__(self, name: str):
        self.name = name

    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return f"{self.name} with area {self.area():.2f}"


class Circle(Shape):
    def __init__(self, r: float):
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return 3.141592653589793 * self.r * self.r


class Square(Shape):
    def __init__(self, side: float):
        super().__init__("square")
        self.side = side

    def area(self) -> float:
        return self.side * self.side


def largest(shapes: list[Shape]) -> Shape | None:
    best: Shape | None = None
    for s in shapes:
        if best is None or s.area() > best.area():
            best = s
    return best


def size(s: Shape) -> float:
    if isinstance(s, Circle):
        return 2 * s.area() ** 0.5
    return s.area()


shapes: list[Shape] = [Circle(1.0), Square(2.0), Circle(0.5)]
for s in shapes:
    print(s.describe(), type(s).__name__, round(size(s), 3))
big = largest(shapes)
if big is not None:
    print("largest:", big.name)
print(largest([]) is None)

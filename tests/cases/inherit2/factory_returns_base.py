# A factory `make(kind) -> Shape` returns different subclasses through the base type; results go in lists and dicts.
class Shape:
    def __init__(self, label: str):
        self.label = label

    def area(self) -> float:
        return 0.0

    def scale(self, k: float) -> "Shape":
        return Shape(self.label)

    def __repr__(self) -> str:
        return f"{self.label}[{self.area():.2f}]"


class Rect(Shape):
    def __init__(self, w: float, h: float):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h

    def scale(self, k: float) -> Shape:
        return Rect(self.w * k, self.h * k)


class Circle(Shape):
    def __init__(self, r: float):
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return 3.14159 * self.r * self.r

    def scale(self, k: float) -> Shape:
        return Circle(self.r * k)


def make(kind: str, size: float) -> Shape:
    if kind == "rect":
        return Rect(size, size * 2)
    if kind == "circle":
        return Circle(size)
    return Shape(kind)


specs = [("rect", 1.5), ("circle", 2.0), ("blob", 9.0), ("rect", 0.5)]
shapes = [make(k, s) for k, s in specs]
print(shapes)
bigger = [s.scale(2.0) for s in shapes]
print(bigger)
by_label: dict[str, list[Shape]] = {}
for s in bigger:
    by_label.setdefault(s.label, []).append(s)
print({k: len(v) for k, v in by_label.items()})
best = make("none", 0.0)
for s in bigger:
    if s.area() > best.area():
        best = s
print("largest:", best, type(best).__name__)
print(round(sum([s.area() for s in shapes]), 3), round(sum([s.area() for s in bigger]), 3))
one = make("circle", 1.0).scale(3.0).scale(0.5)
print(one, isinstance(one, Circle), isinstance(one, Rect))

# @property computed attributes read without parentheses, recomputed after field changes.
class Rectangle:
    def __init__(self, width: float, height: float):
        self.width = width
        self.height = height

    @property
    def area(self) -> float:
        return self.width * self.height

    @property
    def perimeter(self) -> float:
        return 2 * (self.width + self.height)

    @property
    def is_square(self) -> bool:
        return self.width == self.height

    @property
    def label(self) -> str:
        kind = "square" if self.is_square else "rect"
        return f"{kind} {self.width}x{self.height}"


r = Rectangle(3.0, 4.5)
print(r.area, r.perimeter, r.is_square)
print(r.label)
r.width = 4.5
print(r.area, r.perimeter, r.is_square, r.label)
rs = [Rectangle(1.0, 2.0), Rectangle(5.0, 5.0), Rectangle(0.5, 8.0)]
print([x.area for x in rs])
print(sum([x.perimeter for x in rs]))
print([x.label for x in rs if not x.is_square])
print(f"{rs[2].area:.2f} {rs[1].perimeter:>6.1f}")

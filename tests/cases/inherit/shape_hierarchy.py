# A shape hierarchy: base describe() calls the subclass area()/perimeter(); results are sorted by area.
class Shape:
    def __init__(self, label: str):
        self.label = label

    def area(self) -> float:
        return 0.0

    def perimeter(self) -> float:
        return 0.0

    def describe(self) -> str:
        return f"{self.label}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Rect(Shape):
    def __init__(self, w: float, h: float):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> float:
        return self.w * self.h

    def perimeter(self) -> float:
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side: float):
        super().__init__(side, side)
        self.label = "square"


class Circle(Shape):
    def __init__(self, r: float):
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return 3.141592653589793 * self.r ** 2

    def perimeter(self) -> float:
        return 2 * 3.141592653589793 * self.r


class Triangle(Shape):
    def __init__(self, a: float, b: float, c: float):
        super().__init__("triangle")
        self.a = a
        self.b = b
        self.c = c

    def perimeter(self) -> float:
        return self.a + self.b + self.c

    def area(self) -> float:
        s = self.perimeter() / 2
        return (s * (s - self.a) * (s - self.b) * (s - self.c)) ** 0.5


shapes: list[Shape] = [Rect(2.0, 5.0), Square(3.0), Circle(1.5), Triangle(3.0, 4.0, 5.0)]
for s in shapes:
    print(s.describe())
areas = sorted([s.area() for s in shapes])
print([round(a, 3) for a in areas])
print(round(sum([s.perimeter() for s in shapes]), 6))

# Calls through a base-typed list and variable dispatch to each subclass's override.
class Shape:
    def area(self) -> float:
        return 0.0

    def name(self) -> str:
        return "shape"


class Circle(Shape):
    def __init__(self, r: float):
        self.r = r

    def area(self) -> float:
        return 3.14159 * self.r * self.r

    def name(self) -> str:
        return "circle"


class Square(Shape):
    def __init__(self, side: float):
        self.side = side

    def area(self) -> float:
        return self.side * self.side

    def name(self) -> str:
        return "square"


shapes: list[Shape] = [Circle(1.0), Square(2.0), Shape(), Circle(0.5)]
for s in shapes:
    print(f"{s.name()}: {s.area():.4f}")
total = 0.0
for s in shapes:
    total += s.area()
print(round(total, 4))
one: Shape = Square(3.0)
print(one.name(), one.area())
one = Circle(2.0)
print(one.name(), round(one.area(), 3))
biggest = shapes[0]
for s in shapes:
    if s.area() > biggest.area():
        biggest = s
print("biggest:", biggest.name())

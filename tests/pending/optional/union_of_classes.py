# A `Circle | Square` union narrowed with isinstance before using class-specific fields.
class Circle:
    def __init__(self, r: int) -> None:
        self.r = r


class Square:
    def __init__(self, side: int) -> None:
        self.side = side


def area(s: Circle | Square) -> int:
    if isinstance(s, Circle):
        return 3 * s.r * s.r
    return s.side * s.side


def describe(s: Circle | Square) -> str:
    if isinstance(s, Square):
        return "square with side " + str(s.side)
    else:
        return "circle with radius " + str(s.r)


shapes: list[Circle | Square] = [Circle(1), Square(4), Circle(3), Square(2)]
for s in shapes:
    print(describe(s), "area", area(s))
print(sum([area(s) for s in shapes]))
circles = 0
for s in shapes:
    if isinstance(s, Circle):
        circles += 1
print("circles:", circles, "squares:", len(shapes) - circles)
biggest = shapes[0]
for s in shapes:
    if area(s) > area(biggest):
        biggest = s
print("biggest:", describe(biggest))

# A list filled with one subclass, passed where a list of the base is
# expected, is the same list: what the callee appends, the caller sees.


class Shape:
    def area(self):
        return 0


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


def total(shapes):
    return sum(s.area() for s in shapes)


def add_circle(shapes):
    shapes.append(Circle(1))


mixed = [Shape()]
mixed.append(Square(2))
squares = []
squares.append(Square(3))
print(total(mixed), total(squares))
add_circle(squares)
print(total(squares), len(squares))
print([type(s).__name__ for s in squares])

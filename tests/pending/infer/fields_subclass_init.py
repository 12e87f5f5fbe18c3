# Subclasses set their own extra fields in __init__ after calling the base __init__.
class Shape:
    def __init__(self, name):
        self.name = name
        self.moves = 0

    def move(self):
        self.moves += 1

    def describe(self):
        return self.name + " area=" + str(round(self.area(), 2)) + " moves=" + str(self.moves)

    def area(self):
        return 0.0


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r
        self.tags = ["round"]

    def area(self):
        return 3.14159 * self.r * self.r


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


shapes = [Rect(2, 3), Circle(1.5), Square(4), Shape("blob")]
for s in shapes:
    s.move()
shapes[2].move()
for s in shapes:
    print(s.describe())
print(shapes[1].tags, shapes[2].w, shapes[0].h)
print(isinstance(shapes[2], Rect), sum(s.moves for s in shapes))

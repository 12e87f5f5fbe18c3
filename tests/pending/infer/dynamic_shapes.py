# A list of objects of unrelated unannotated classes, dispatched by isinstance and duck typing.
class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Label:
    def __init__(self, text):
        self.text = text


shapes = [Circle(2), Rect(3, 4), Label("hi"), Circle(1), Rect(2.5, 2)]
total = 0
for s in shapes:
    if isinstance(s, Circle):
        print("circle", s.r, s.area())
    elif isinstance(s, Rect):
        print("rect", s.w, s.h, s.area())
    else:
        print("label", s.text)
    if not isinstance(s, Label):
        total += s.area()
print(total)
print([type(s).__name__ for s in shapes])
areas = [s.area() for s in shapes if isinstance(s, (Circle, Rect))]
print(areas, max(areas))

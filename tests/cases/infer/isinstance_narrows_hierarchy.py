# isinstance narrows a value of a class hierarchy to the subclass tested:
# inside the if, after an assert, and after `if not isinstance(...): return`.


class Shape:
    def __init__(self, name):
        self.name = name


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def diagonal_squared(self):
        return self.w * self.w + self.h * self.h


def describe(s):
    if isinstance(s, Circle):
        return f"{s.name} r={s.r} area={s.area()}"
    elif isinstance(s, Rect):
        return f"{s.name} {s.w}x{s.h} d2={s.diagonal_squared()}"
    return "unknown"


def radius(s):
    c = s
    assert isinstance(c, Circle)
    return c.r


def width_or_zero(s):
    if not isinstance(s, Rect):
        return 0
    return s.w


def both(s):
    return isinstance(s, Rect) and s.h > 2


shapes = [Circle(2), Rect(3, 4), Circle(5), Rect(1, 1)]
for s in shapes:
    print(describe(s), width_or_zero(s), both(s))
print(radius(shapes[0]), radius(shapes[2]))
try:
    radius(shapes[1])
except AssertionError:
    print("AssertionError: not a circle")

# Reassigning ends the narrowing: the name holds any shape again.
s = shapes[0]
if isinstance(s, Circle):
    print(s.r)
    s = shapes[1]
    print(s.name)


def first_name(items):
    found = None
    for item in items:
        if item.name == "rect":
            found = item
    assert found is not None
    return found.name


print(first_name(shapes))

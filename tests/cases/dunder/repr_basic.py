# __repr__ is used by print, str(), repr(), f-strings and when a list or dict of objects is printed.
class Point:
    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
print(p)
print(str(p), repr(p))
print(f"at {p} and {p!r}")
pts = [Point(0, 0), p, Point(-3, 7)]
print(pts)
print({"origin": pts[0], "p": p})
print((p, p))
print(len(repr(p)), repr(p).upper())
p.x = 99
print(pts[1], pts)
print("->" + str(Point(5, 5)) + "<-")

# Objects holding other objects: a Line of two Points, shared points between lines, deep field updates.
class Point:
    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y


class Line:
    def __init__(self, start: Point, end: Point):
        self.start = start
        self.end = end

    def length_sq(self) -> int:
        dx = self.end.x - self.start.x
        dy = self.end.y - self.start.y
        return dx * dx + dy * dy

    def show(self) -> str:
        return f"({self.start.x},{self.start.y})-({self.end.x},{self.end.y})"


class Polyline:
    def __init__(self):
        self.lines: list[Line] = []

    def add(self, line: Line):
        self.lines.append(line)

    def total_sq(self) -> int:
        return sum([ln.length_sq() for ln in self.lines])


shared = Point(3, 4)
l1 = Line(Point(0, 0), shared)
l2 = Line(shared, Point(6, 8))
print(l1.show(), l2.show(), l1.length_sq(), l2.length_sq())
shared.x = 0
print(l1.show(), l2.show())
print(l1.end is l2.start)
l2.end.y += 10
print(l2.show(), l2.length_sq())
pl = Polyline()
pl.add(l1)
pl.add(l2)
print(pl.total_sq())
pl.lines[0].start.x = -5
print(l1.show(), pl.total_sq())
l1.end = Point(1, 1)
print(l1.show(), l2.show(), l1.end is l2.start)

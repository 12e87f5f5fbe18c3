# Methods returning Optional instances: rectangle intersection returns None when there is no overlap.
from typing import Optional


class Rect:
    def __init__(self, x1: int, y1: int, x2: int, y2: int):
        self.x1 = x1
        self.y1 = y1
        self.x2 = x2
        self.y2 = y2

    def area(self) -> int:
        return (self.x2 - self.x1) * (self.y2 - self.y1)

    def contains(self, x: int, y: int) -> bool:
        return self.x1 <= x < self.x2 and self.y1 <= y < self.y2

    def intersect(self, other: "Rect") -> Optional["Rect"]:
        x1 = max(self.x1, other.x1)
        y1 = max(self.y1, other.y1)
        x2 = min(self.x2, other.x2)
        y2 = min(self.y2, other.y2)
        if x1 >= x2 or y1 >= y2:
            return None
        return Rect(x1, y1, x2, y2)

    def show(self) -> str:
        return f"[{self.x1},{self.y1} {self.x2},{self.y2}]"


a = Rect(0, 0, 10, 10)
b = Rect(5, 5, 15, 12)
c = Rect(20, 20, 30, 30)
ab = a.intersect(b)
if ab is not None:
    print(ab.show(), ab.area())
ac = a.intersect(c)
print(ac is None)
print(a.contains(0, 0), a.contains(10, 5), b.contains(14, 11))
rects = [a, b, c, Rect(8, -2, 12, 3)]
for r in rects:
    hit = a.intersect(r)
    print(r.show(), "->", hit.show() if hit is not None else "none", hit.area() if hit is not None else 0)

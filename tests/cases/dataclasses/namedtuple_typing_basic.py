# typing.NamedTuple classes: construction, defaults, indexing, unpacking and repr.
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int = 0


p = Point(3, 4)
print(p)
print(repr(p), f"{p}")
print(p.x, p.y, p[0], p[1], p[-1])
x, y = p
print(x + y)
q = Point(7)
print(q)
r = Point(x=1, y=2)
print(r, r == (1, 2))
print(len(p), list(p), tuple(p))
print(p == Point(3, 4), p < Point(3, 5))
print([Point(i, i * 2) for i in range(3)])
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(Point._fields)
print(isinstance(p, tuple), isinstance(p, Point))

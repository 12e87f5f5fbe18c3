# The generated __eq__ compares fields in order; instances of other classes are unequal.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Other:
    x: int
    y: int


a = Point(1, 2)
b = Point(1, 2)
c = Point(2, 1)
print(a == b, a != b)
print(a == c, a != c)
print(a is b)
print(Point(1, 2) == Other(1, 2))
points = [Point(0, 0), Point(1, 2), Point(3, 4)]
print(a in points, c in points)
print(points.index(Point(3, 4)))
print(points.count(Point(1, 2)))
b.y = 3
print(a == b)
b.y = 2
print(a == b)
print([Point(1, 1), Point(2, 2)] == [Point(1, 1), Point(2, 2)])
print((Point(5, 5),) == (Point(5, 6),))

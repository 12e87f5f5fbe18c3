from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int


p = Point(1, 2)
print(p == (1.0, 2.0))
print(p + p)

# Class patterns against dataclasses, which generate __match_args__ from their fields.
from dataclasses import dataclass


@dataclass
class Circle:
    r: int


@dataclass
class Rect:
    w: int
    h: int


@dataclass
class Shape:
    name: str
    sides: int


def area(c: Circle) -> int:
    match c:
        case Circle(0):
            return 0
        case Circle(r):
            return 3 * r * r
    return -1


def rect_kind(r: Rect) -> str:
    match r:
        case Rect(w, h) if w == h:
            return f"square {w}"
        case Rect(1, h):
            return f"thin {h}"
        case Rect(w, h):
            return f"rect {w * h}"
    return "?"


print(Circle.__match_args__, Rect.__match_args__)
for r in [0, 1, 5]:
    print(Circle(r), area(Circle(r)))
for w, h in [(2, 2), (1, 9), (3, 4)]:
    print(rect_kind(Rect(w, h)))
match Shape("tri", 3):
    case Shape(n, 3):
        print("triangle named", n)

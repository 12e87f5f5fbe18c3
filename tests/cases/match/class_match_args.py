# Class patterns on a regular class: positional via __match_args__ and keyword attributes.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


def where(p: Point) -> str:
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y-axis at {y}"
        case Point(x, 0):
            return f"on x-axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x, y):
            return f"at {x},{y}"
    return "never"


for px, py in [(0, 0), (0, 5), (3, 0), (4, 4), (1, 2)]:
    print(px, py, where(Point(px, py)))
print(Point.__match_args__)
match Point(8, 9):
    case Point():
        print("any point matches Point()")

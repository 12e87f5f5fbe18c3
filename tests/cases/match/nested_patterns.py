# Nested patterns: classes in classes, sequences in mappings and in sequences.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Line:
    start: Point
    end: Point


def describe(line: Line) -> str:
    match line:
        case Line(Point(0, 0), Point(x, y)):
            return f"from origin to {x},{y}"
        case Line(Point(x1, y1), Point(x2, y2)) if x1 == x2:
            return f"vertical at x={x1}"
        case Line(Point(_, y1), Point(_, y2)) if y1 == y2:
            return f"horizontal at y={y1}"
        case Line(start, end):
            return f"general {start.x},{start.y} -> {end.x},{end.y}"
    return "?"


print(describe(Line(Point(0, 0), Point(3, 4))))
print(describe(Line(Point(2, 1), Point(2, 9))))
print(describe(Line(Point(1, 5), Point(8, 5))))
print(describe(Line(Point(1, 2), Point(3, 4))))
teams: dict[str, list[str]] = {"admins": ["ann", "bob"], "devs": ["cy"]}
match teams:
    case {"admins": [first_admin, *_], "devs": [only_dev]}:
        print(first_admin, only_dev)
grid = [[1, 2], [3, 4]]
match grid:
    case [[a, _], [_, d]]:
        print("diagonal", a, d)
pts = [Point(1, 1), Point(2, 4)]
match pts:
    case [Point(x=1), Point(x=px, y=py)]:
        print("second point", px, py)

# asdict and astuple recurse into nested dataclasses and lists of dataclasses.
from dataclasses import dataclass, field, asdict, astuple


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Segment:
    start: Point
    end: Point


@dataclass
class Polyline:
    name: str
    points: list[Point] = field(default_factory=list)


s = Segment(Point(0, 0), Point(3, 4))
print(s)
print(asdict(s))
print(astuple(s))
d = asdict(s)
print(d["end"])
print(d["end"]["y"])
poly = Polyline("zigzag", [Point(0, 0), Point(1, 1), Point(2, 0)])
print(poly)
pd = asdict(poly)
print(pd)
print(len(pd["points"]), pd["points"][1])
print(astuple(poly))
s.end.x = 30
print(s.end, d["end"]["x"])
print(asdict(Polyline("empty")))

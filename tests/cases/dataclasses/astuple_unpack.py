# astuple returns field values in declaration order as a tuple.
from dataclasses import dataclass, astuple


@dataclass
class Color:
    r: int
    g: int
    b: int


@dataclass
class Label:
    text: str
    size: int


c = Color(255, 128, 0)
t = astuple(c)
print(t)
print(type(t).__name__, len(t))
r, g, b = astuple(c)
print(r, g, b)
print(sum(astuple(c)))
print(max(astuple(Color(10, 200, 30))))
print(astuple(Label("hello", 12)))
colors = [Color(1, 2, 3), Color(3, 2, 1), Color(0, 0, 9)]
print(sorted([astuple(x) for x in colors]))
print(astuple(c) == (255, 128, 0))
print("#%02x%02x%02x" % astuple(c))

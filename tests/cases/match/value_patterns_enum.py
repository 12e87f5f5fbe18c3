# Value patterns with dotted enum members (Color.RED) select a branch.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


def describe(c: Color) -> str:
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"
    return "unknown"


def next_color(c: Color) -> Color:
    match c:
        case Color.RED:
            return Color.GREEN
        case Color.GREEN:
            return Color.BLUE
        case _:
            return Color.RED


for c in Color:
    print(c.name, describe(c))
c = Color.BLUE
for i in range(5):
    c = next_color(c)
    print(i, c)

# auto() numbers members 1, 2, 3, ... continuing after explicit values.
from enum import Enum, IntEnum, auto


class Direction(Enum):
    NORTH = auto()
    EAST = auto()
    SOUTH = auto()
    WEST = auto()


class Level(IntEnum):
    DEBUG = 10
    INFO = auto()
    WARN = auto()
    ERROR = 40
    FATAL = auto()


for d in Direction:
    print(d.name, d.value)
print(repr(Direction.SOUTH))
print(Direction(4))
for lv in Level:
    print(lv.name, lv.value)
print(Level.WARN + 0, Level.FATAL > Level.ERROR)
print([d.value for d in Direction] == [1, 2, 3, 4])
print(len(Direction), len(Level))

# Enums with methods, properties and classmethods.
from enum import Enum


class Direction(Enum):
    NORTH = 0
    EAST = 1
    SOUTH = 2
    WEST = 3

    def turn_right(self) -> "Direction":
        return Direction((self.value + 1) % 4)

    def turn_left(self) -> "Direction":
        return Direction((self.value + 3) % 4)

    def opposite(self) -> "Direction":
        return Direction((self.value + 2) % 4)

    @property
    def is_vertical(self) -> bool:
        return self is Direction.NORTH or self is Direction.SOUTH

    @classmethod
    def from_letter(cls, letter: str) -> "Direction":
        for d in cls:
            if d.name[0] == letter:
                return d
        return cls.NORTH


d = Direction.NORTH
print(d.turn_right(), d.turn_left(), d.opposite())
print(d.is_vertical, Direction.EAST.is_vertical)
for letter in "SWEN":
    print(letter, Direction.from_letter(letter))
heading = Direction.EAST
for cmd in "RRLRRR":
    if cmd == "R":
        heading = heading.turn_right()
    else:
        heading = heading.turn_left()
    print(cmd, heading.name)

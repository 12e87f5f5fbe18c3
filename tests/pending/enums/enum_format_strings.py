# How Enum and IntEnum members render in str(), repr(), f-strings and format specs.
from enum import Enum, IntEnum


class Shape(Enum):
    CIRCLE = 1
    SQUARE = 2


class Code(IntEnum):
    OK = 200
    NOT_FOUND = 404


print(str(Shape.CIRCLE), repr(Shape.CIRCLE))
print(f"{Shape.SQUARE}")
print("%s" % Shape.SQUARE)
print(str(Code.OK), repr(Code.OK))
print(f"{Code.NOT_FOUND}")
print(f"{Code.OK:>6}|")
print(f"{Code.OK.name:<10}|{Code.OK.value:05d}")
print("code=" + str(Code.NOT_FOUND))
print([Code.OK, Code.NOT_FOUND])
print(f"{Shape.CIRCLE.name.title()} #{Shape.CIRCLE.value}")
print(Code.OK + Code.NOT_FOUND)

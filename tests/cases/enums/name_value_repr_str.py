# Enum members expose .name and .value; repr is <Cls.NAME: value>, str is Cls.NAME.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED)
print(repr(Color.RED))
print(str(Color.GREEN))
print(Color.BLUE.name, Color.BLUE.value)
print(f"{Color.RED}")
print(f"{Color.GREEN!r}")
print([Color.RED, Color.BLUE])
print((Color.GREEN,))
print(type(Color.RED).__name__)
print(Color.RED.name.lower(), Color.RED.value * 10)
c = Color.GREEN
print(c.name + "=" + str(c.value))
print(len(repr(Color.BLUE)))

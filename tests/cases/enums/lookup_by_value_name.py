# Color(value) looks a member up by value; Color["NAME"] looks it up by name.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color(2))
print(Color["RED"])
print(Color(3) is Color.BLUE)
print(Color["GREEN"] is Color(2))
for v in [3, 1, 2]:
    print(v, Color(v).name)
for n in ["BLUE", "RED"]:
    print(n, Color[n].value)
name = "gre" + "en"
print(Color[name.upper()])
print(Color(Color.RED))
print(Color(1 + 1) == Color.GREEN)

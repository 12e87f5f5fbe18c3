# Iterating an Enum class yields members in definition order; len counts them.
from enum import Enum


class Planet(Enum):
    MERCURY = 1
    VENUS = 2
    EARTH = 3
    MARS = 4


print(len(Planet))
for p in Planet:
    print(p.value, p.name)
names = [p.name for p in Planet]
print(names)
print(list(Planet))
total = 0
for p in Planet:
    total += p.value
print(total)
inner = [p for p in Planet if p.value <= 2]
print(inner)
print(Planet.EARTH in list(Planet))
print(list(Planet)[-1], list(Planet).index(Planet.VENUS))

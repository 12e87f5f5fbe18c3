# A frozen dataclass takes no new attributes (CPython raises
# FrozenInstanceError): assigning one is a diagnostic.
from dataclasses import dataclass


@dataclass(frozen=True)
class Point:
    x: int
    y: int


p = Point(1, 2)
p.z = 3
print(p.x)

# Duplicate values create aliases: the alias is the same member and is skipped by iteration.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    LIME = 2
    BLUE = 3


print(Color.CRIMSON)
print(Color.CRIMSON is Color.RED, Color.LIME == Color.GREEN)
print(Color.CRIMSON.name, Color.LIME.name)
print(len(Color))
print([c.name for c in Color])
print(Color(1), Color["CRIMSON"])
print(list(Color.__members__))
print(repr(Color.LIME))

# Assigning to a field of a frozen dataclass raises FrozenInstanceError (uncaught).
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Config:
    x: int
    name: str


c = Config(1, "base")
print(c)
d = replace(c, x=2)
print(d)
print(c.x, d.x)
print(c == d, c == Config(1, "base"))
print(hash(c) == hash(Config(1, "base")))
names = {c: "first", d: "second"}
print(names[Config(2, "base")], len(names))
print("about to assign")
c.x = 5
print("unreachable")

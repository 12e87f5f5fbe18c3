# replace() builds a modified copy and leaves the original untouched.
from dataclasses import dataclass, replace


@dataclass
class Settings:
    width: int
    height: int
    title: str = "untitled"
    fullscreen: bool = False


base = Settings(800, 600)
print(base)
wide = replace(base, width=1920)
print(wide)
print(base)
named = replace(base, title="game", fullscreen=True)
print(named)
same = replace(base)
print(same, same == base, same is base)
x5 = replace(wide, width=5, height=5)
print(x5)
chain = replace(replace(replace(base, width=1), height=2), title="tiny")
print(chain)
sizes = [replace(base, width=w) for w in [100, 200, 300]]
print([s.width for s in sizes])
print(base.width)

# Field defaults and field(default_factory=...) give each instance its own container.
from dataclasses import dataclass, field


@dataclass
class Inventory:
    owner: str
    items: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    capacity: int = 10


a = Inventory("alice")
b = Inventory("bob")
print(a)
print(b)
a.items.append("sword")
a.items.append("shield")
a.counts["gold"] = 5
print(a)
print(b)
print(a.items is b.items, len(a.items), len(b.items))
c = Inventory("carol", ["map"])
print(c)
d = Inventory("dave", ["rope", "torch"], {"arrows": 12}, 3)
print(d)
e = Inventory("eve", capacity=99)
print(e.capacity, e.items, e.counts)
d.capacity -= 1
print(d.capacity)

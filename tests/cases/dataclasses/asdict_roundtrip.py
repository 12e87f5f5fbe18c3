# asdict turns a dataclass into a dict; rebuilding from the values gives an equal object.
from dataclasses import dataclass, asdict


@dataclass
class Point3:
    x: int
    y: int
    z: int


p = Point3(3, -4, 12)
d = asdict(p)
print(d)
print(type(d).__name__, len(d))
print(list(d.keys()))
print(list(d.values()))
q = Point3(d["x"], d["y"], d["z"])
print(q, q == p)
d["x"] = 100
print(p.x, d["x"])
r = Point3(d["x"], d["y"], d["z"])
print(r, r == p)
total = 0
for key in d:
    total += d[key]
print("sum of fields:", total)
dicts = [asdict(Point3(i, i * i, i * i * i)) for i in range(1, 4)]
print(dicts)
rebuilt = [Point3(e["x"], e["y"], e["z"]) for e in dicts]
print(rebuilt)

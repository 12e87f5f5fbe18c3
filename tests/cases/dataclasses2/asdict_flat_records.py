# asdict/astuple on flat dataclasses: printing dicts and tuples, building tables and rebuilding records.
from dataclasses import dataclass, asdict, astuple


@dataclass
class Stats:
    hp: int
    attack: int
    defense: int
    speed: int


@dataclass
class Person:
    first: str
    last: str
    city: str


s = Stats(45, 49, 49, 45)
d = asdict(s)
print(d)
print(astuple(s), len(astuple(s)))
total = 0
for k in d:
    total += d[k]
print(total, max(d.values()), [k for k in d if d[k] == 49])
boosted = {k: v * 2 for k, v in asdict(s).items()}
s2 = Stats(boosted["hp"], boosted["attack"], boosted["defense"], boosted["speed"])
print(s2, s2 == Stats(90, 98, 98, 90))
people = [Person("ada", "lovelace", "london"), Person("alan", "turing", "wilmslow"), Person("grace", "hopper", "nyc")]
rows = [asdict(p) for p in people]
print(rows[1])
header = list(rows[0].keys())
print(" | ".join(header))
for row in rows:
    print(" | ".join([row[h].title() for h in header]))
tuples = sorted([astuple(p) for p in people], reverse=True)
print(tuples)
print(Person(rows[2]["first"], rows[2]["last"], rows[2]["city"]) == people[2])
s.speed = 100
print(d["speed"], asdict(s)["speed"])

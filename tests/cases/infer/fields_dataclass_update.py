# Dataclass fields (annotated, as dataclasses require) mutated by unannotated helper functions.
from dataclasses import dataclass


@dataclass
class Player:
    name: str
    items: list
    score: int = 0


def award(p, points):
    p.score += points


def give(p, item):
    p.items.append(item)


def leader(players):
    best = players[0]
    for p in players:
        if p.score > best.score:
            best = p
    return best


ps = [Player("ann", []), Player("bob", [], 5), Player("cy", [])]
award(ps[0], 7)
award(ps[2], 3)
award(ps[2], 6)
give(ps[1], "sword")
give(ps[1], "shield")
give(ps[0], "map")
for p in ps:
    print(p)
print(leader(ps).name, [p.score for p in ps])
print(ps[0] == Player("ann", ["map"], 7))

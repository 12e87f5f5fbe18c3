# Frozen dataclasses as set members: dedupe, union/intersection/difference, membership and hash equality.
from dataclasses import dataclass


@dataclass(frozen=True)
class Edge:
    a: str
    b: str
    weight: int


def key(e: Edge) -> tuple[str, str, int]:
    return (e.a, e.b, e.weight)


first = {Edge("x", "y", 1), Edge("y", "z", 2), Edge("x", "y", 1), Edge("z", "x", 3)}
second = {Edge("y", "z", 2), Edge("z", "w", 4), Edge("z", "x", 5)}
print(len(first), len(second))
print(sorted(first | second, key=key))
print(sorted(first & second, key=key))
print(sorted(first - second, key=key))
print(sorted(first ^ second, key=key))
print(Edge("x", "y", 1) in first, Edge("x", "y", 2) in first)
print(hash(Edge("p", "q", 9)) == hash(Edge("p", "q", 9)), Edge("p", "q", 9) == Edge("p", "q", 9))
seen: set[Edge] = set()
dups = 0
for e in [Edge("a", "b", 1), Edge("b", "a", 1), Edge("a", "b", 1), Edge("a", "b", 1)]:
    if e in seen:
        dups += 1
    seen.add(e)
print(dups, len(seen))
seen.discard(Edge("b", "a", 1))
print(sorted(seen, key=key))
nodes = set([e.a for e in first] + [e.b for e in first])
print(sorted(nodes))

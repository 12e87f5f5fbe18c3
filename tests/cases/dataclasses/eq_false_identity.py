# eq=False keeps identity comparison and default hashing; repr is still generated.
from dataclasses import dataclass


@dataclass(eq=False)
class Node:
    name: str
    weight: int


@dataclass
class Value:
    name: str
    weight: int


a = Node("a", 1)
b = Node("a", 1)
print(a, b)
print(a == b, a is b, a == a, a != b)
va = Value("a", 1)
vb = Value("a", 1)
print(va == vb, va != vb)
nodes = {a, b}
print(len(nodes))
print(a in nodes, Node("a", 1) in nodes)
registry: dict[Node, int] = {}
registry[a] = 10
registry[b] = 20
print(registry[a], registry[b], len(registry))
items = [a, b]
print(items.index(b))
print(items.count(Node("a", 1)))

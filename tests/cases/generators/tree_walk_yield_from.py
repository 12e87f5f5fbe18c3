# Recursive yield from walking a tree in pre-order, post-order and with depths.
from typing import Iterator


class Tree:
    def __init__(self, label: str, children: list["Tree"]) -> None:
        self.label = label
        self.children = children


def preorder(t: Tree) -> Iterator[str]:
    yield t.label
    for c in t.children:
        yield from preorder(c)


def postorder(t: Tree) -> Iterator[str]:
    for c in t.children:
        yield from postorder(c)
    yield t.label


def with_depth(t: Tree, depth: int) -> Iterator[tuple[int, str]]:
    yield (depth, t.label)
    for c in t.children:
        yield from with_depth(c, depth + 1)


tree = Tree("root", [Tree("a", [Tree("a1", []), Tree("a2", [])]), Tree("b", []), Tree("c", [Tree("c1", [Tree("c1x", [])])])])
print(list(preorder(tree)))
print(list(postorder(tree)))
for depth, label in with_depth(tree, 0):
    print("  " * depth + label)

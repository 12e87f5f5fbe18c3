# A BST whose find/min/successor return Optional nodes; callers check for None before using the result.
from typing import Optional


class Node:
    def __init__(self, key: int, label: str):
        self.key = key
        self.label = label
        self.left: Optional[Node] = None
        self.right: Optional[Node] = None


def insert(root: Optional[Node], key: int, label: str) -> Node:
    if root is None:
        return Node(key, label)
    if key < root.key:
        root.left = insert(root.left, key, label)
    elif key > root.key:
        root.right = insert(root.right, key, label)
    else:
        root.label = label
    return root


def find(root: Optional[Node], key: int) -> Optional[Node]:
    while root is not None:
        if key == root.key:
            return root
        root = root.left if key < root.key else root.right
    return None


def successor(root: Optional[Node], key: int) -> Optional[Node]:
    best: Optional[Node] = None
    while root is not None:
        if root.key > key:
            best = root
            root = root.left
        else:
            root = root.right
    return best


def describe(n: Optional[Node]) -> str:
    if n is None:
        return "-"
    return f"{n.key}:{n.label}"


tree: Optional[Node] = None
for k, lab in [(40, "d"), (20, "b"), (60, "f"), (10, "a"), (30, "c"), (50, "e"), (70, "g"), (30, "C")]:
    tree = insert(tree, k, lab)
print([describe(find(tree, k)) for k in [10, 30, 35, 70, 99]])
print([describe(successor(tree, k)) for k in [5, 10, 35, 60, 70]])
hit = find(tree, 20)
if hit is not None:
    print("20 has", describe(hit.left), describe(hit.right))
miss = find(tree, 25)
print(miss is None, describe(miss))
print(describe(find(None, 1)), describe(successor(None, 1)))

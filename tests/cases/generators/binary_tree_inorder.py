# In-order traversal of a binary search tree via recursive yield from.
from typing import Iterator, Optional


class BST:
    def __init__(self, key: int) -> None:
        self.key = key
        self.left: Optional[BST] = None
        self.right: Optional[BST] = None

    def insert(self, key: int) -> None:
        if key < self.key:
            if self.left is None:
                self.left = BST(key)
            else:
                self.left.insert(key)
        else:
            if self.right is None:
                self.right = BST(key)
            else:
                self.right.insert(key)

    def __iter__(self) -> Iterator[int]:
        if self.left is not None:
            yield from self.left
        yield self.key
        if self.right is not None:
            yield from self.right


root = BST(50)
for k in [30, 70, 20, 40, 60, 80, 35, 65]:
    root.insert(k)
print(list(root))
print(sum(root), len(list(root)))
print([k for k in root if k % 20 == 0])

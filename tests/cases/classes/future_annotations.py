# `from __future__ import annotations` postpones evaluating annotations;
# Molt reads them when translating, so forward references just work.
from __future__ import annotations


class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def total(self) -> int:
        rest = self.next.total() if self.next is not None else 0
        return self.value + rest


print(Node(1, Node(2, Node(3))).total())

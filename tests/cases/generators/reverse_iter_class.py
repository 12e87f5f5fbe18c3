# A linked list class with __iter__ and a reversed walk both as generators.
from typing import Iterator, Optional


class Node:
    def __init__(self, value: int, next_node: Optional["Node"]) -> None:
        self.value = value
        self.next_node = next_node


class LinkedList:
    def __init__(self, values: list[int]) -> None:
        self.head: Optional[Node] = None
        for v in reversed(values):
            self.head = Node(v, self.head)

    def __iter__(self) -> Iterator[int]:
        node = self.head
        while node is not None:
            yield node.value
            node = node.next_node

    def backwards(self) -> Iterator[int]:
        yield from reversed(list(self))


ll = LinkedList([1, 2, 3, 4])
print(list(ll))
print(list(ll.backwards()))
print(sum(ll), max(ll))
print(list(LinkedList([])))

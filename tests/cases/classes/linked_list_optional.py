# A singly linked list of Node objects with Optional[Node] links: append, length, find, reverse.
from typing import Optional


class Node:
    def __init__(self, value: int):
        self.value = value
        self.next: Optional[Node] = None


class LinkedList:
    def __init__(self):
        self.head: Optional[Node] = None
        self.size = 0

    def push_front(self, value: int):
        node = Node(value)
        node.next = self.head
        self.head = node
        self.size += 1

    def append(self, value: int):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def to_list(self) -> list[int]:
        out: list[int] = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out

    def contains(self, value: int) -> bool:
        cur = self.head
        while cur is not None:
            if cur.value == value:
                return True
            cur = cur.next
        return False

    def reverse(self):
        prev: Optional[Node] = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev


ll = LinkedList()
print(ll.to_list(), ll.size, ll.head is None)
for v in [3, 5, 8]:
    ll.append(v)
ll.push_front(1)
print(ll.to_list(), ll.size)
print(ll.contains(5), ll.contains(4))
ll.reverse()
print(ll.to_list())
first = ll.head
if first is not None:
    first.value = 80
    print(first.next is not None)
print(ll.to_list())

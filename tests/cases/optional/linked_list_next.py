# A singly linked list whose `next` field is Optional; traversal stops at None.
from typing import Optional


class Node:
    def __init__(self, value: int, next: Optional["Node"]) -> None:
        self.value = value
        self.next = next


def build(values: list[int]) -> Node | None:
    head: Node | None = None
    for v in reversed(values):
        head = Node(v, head)
    return head


def to_list(head: Node | None) -> list[int]:
    out: list[int] = []
    cur = head
    while cur is not None:
        out.append(cur.value)
        cur = cur.next
    return out


def reverse(head: Node | None) -> Node | None:
    prev: Node | None = None
    cur = head
    while cur is not None:
        nxt = cur.next
        cur.next = prev
        prev = cur
        cur = nxt
    return prev


def last_value(head: Node | None) -> int | None:
    if head is None:
        return None
    cur = head
    while cur.next is not None:
        cur = cur.next
    return cur.value


lst = build([1, 2, 3, 4])
print(to_list(lst))
print(last_value(lst))
rev = reverse(lst)
print(to_list(rev), last_value(rev))
print(to_list(build([])), last_value(build([])))
single = Node(7, None)
print(single.next is None, to_list(single))

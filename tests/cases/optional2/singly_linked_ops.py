# A singly linked list with Optional next links: prepend, append, reverse in place and nth from the end.
from typing import Optional


class Node:
    def __init__(self, value: int, next: Optional["Node"] = None):
        self.value = value
        self.next = next


def to_list(head: Optional[Node]) -> list[int]:
    out: list[int] = []
    while head is not None:
        out.append(head.value)
        head = head.next
    return out


def append(head: Optional[Node], value: int) -> Node:
    node = Node(value)
    if head is None:
        return node
    cur = head
    while cur.next is not None:
        cur = cur.next
    cur.next = node
    return head


def reverse(head: Optional[Node]) -> Optional[Node]:
    prev: Optional[Node] = None
    while head is not None:
        nxt = head.next
        head.next = prev
        prev = head
        head = nxt
    return prev


def nth_from_end(head: Optional[Node], n: int) -> Optional[Node]:
    lead = head
    for _ in range(n):
        if lead is None:
            return None
        lead = lead.next
    trail = head
    while lead is not None and trail is not None:
        lead = lead.next
        trail = trail.next
    return trail


head: Optional[Node] = None
print(to_list(head), reverse(head) is None)
for v in [3, 1, 4, 1, 5]:
    head = append(head, v)
head = Node(9, head)
print(to_list(head))
head = reverse(head)
print(to_list(head))
for n in [1, 3, 6, 7]:
    hit = nth_from_end(head, n)
    print(n, hit.value if hit is not None else None)
single = Node(42)
print(to_list(reverse(single)), single.next is None)

# A sorted linked list with `self.next: "Node | None"` links: sorted insert, remove, and walking.
class Node:
    def __init__(self, value: int):
        self.value = value
        self.next: "Node | None" = None


class SortedList:
    def __init__(self):
        self.head: "Node | None" = None

    def insert(self, value: int):
        node = Node(value)
        if self.head is None or value < self.head.value:
            node.next = self.head
            self.head = node
            return
        cur = self.head
        while cur.next is not None and cur.next.value < value:
            cur = cur.next
        node.next = cur.next
        cur.next = node

    def remove(self, value: int) -> bool:
        if self.head is None:
            return False
        if self.head.value == value:
            self.head = self.head.next
            return True
        cur = self.head
        while cur.next is not None:
            if cur.next.value == value:
                cur.next = cur.next.next
                return True
            cur = cur.next
        return False

    def show(self) -> str:
        parts: list[str] = []
        cur = self.head
        while cur is not None:
            parts.append(str(cur.value))
            cur = cur.next
        return " -> ".join(parts) if parts else "(empty)"


s = SortedList()
print(s.show())
for v in [5, 1, 9, 3, 7, 3]:
    s.insert(v)
    print(s.show())
print(s.remove(3), s.remove(4), s.remove(1), s.remove(9))
print(s.show())
print(s.remove(3), s.remove(5), s.remove(7), s.show())

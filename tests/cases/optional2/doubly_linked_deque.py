# A doubly linked deque with Optional prev/next pointers: push/pop at both ends, walking forwards and backwards.
class DNode:
    def __init__(self, value: str):
        self.value = value
        self.prev: DNode | None = None
        self.next: DNode | None = None


class Deque:
    def __init__(self):
        self.head: DNode | None = None
        self.tail: DNode | None = None
        self.size = 0

    def push_front(self, v: str):
        n = DNode(v)
        n.next = self.head
        if self.head is not None:
            self.head.prev = n
        else:
            self.tail = n
        self.head = n
        self.size += 1

    def push_back(self, v: str):
        n = DNode(v)
        n.prev = self.tail
        if self.tail is not None:
            self.tail.next = n
        else:
            self.head = n
        self.tail = n
        self.size += 1

    def pop_front(self) -> str | None:
        n = self.head
        if n is None:
            return None
        self.head = n.next
        if self.head is None:
            self.tail = None
        else:
            self.head.prev = None
        self.size -= 1
        return n.value

    def pop_back(self) -> str | None:
        n = self.tail
        if n is None:
            return None
        self.tail = n.prev
        if self.tail is None:
            self.head = None
        else:
            self.tail.next = None
        self.size -= 1
        return n.value

    def forward(self) -> str:
        parts: list[str] = []
        cur = self.head
        while cur is not None:
            parts.append(cur.value)
            cur = cur.next
        return "[" + " ".join(parts) + "]"

    def backward(self) -> str:
        parts: list[str] = []
        cur = self.tail
        while cur is not None:
            parts.append(cur.value)
            cur = cur.prev
        return "[" + " ".join(parts) + "]"


d = Deque()
print(d.forward(), d.pop_front(), d.pop_back(), d.size)
for w in ["b", "c", "d"]:
    d.push_back(w)
d.push_front("a")
print(d.forward(), d.backward(), d.size)
print(d.pop_front(), d.pop_back(), d.forward(), d.backward())
print(d.pop_back(), d.pop_back(), d.pop_back(), d.size, d.head is None, d.tail is None)
d.push_front("z")
print(d.forward(), d.head is d.tail)

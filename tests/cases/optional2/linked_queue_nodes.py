# A FIFO queue of linked nodes with Optional head/tail; dequeue returns None when empty; a round-robin scheduler.
class QNode:
    def __init__(self, item: str, work: int):
        self.item = item
        self.work = work
        self.next: QNode | None = None


class LinkedQueue:
    def __init__(self):
        self.head: QNode | None = None
        self.tail: QNode | None = None
        self.length = 0

    def enqueue(self, node: QNode):
        node.next = None
        if self.tail is None:
            self.head = node
        else:
            self.tail.next = node
        self.tail = node
        self.length += 1

    def dequeue(self) -> QNode | None:
        node = self.head
        if node is None:
            return None
        self.head = node.next
        if self.head is None:
            self.tail = None
        self.length -= 1
        return node

    def items(self) -> list[str]:
        out: list[str] = []
        cur = self.head
        while cur is not None:
            out.append(f"{cur.item}:{cur.work}")
            cur = cur.next
        return out


q = LinkedQueue()
print(q.dequeue() is None, q.items(), q.length)
for name, work in [("a", 3), ("b", 1), ("c", 5), ("d", 2)]:
    q.enqueue(QNode(name, work))
print(q.items(), q.length)
finished: list[str] = []
rounds = 0
quantum = 2
while True:
    job = q.dequeue()
    if job is None:
        break
    rounds += 1
    job.work -= quantum
    print("ran", job.item, "left", max(job.work, 0))
    if job.work > 0:
        q.enqueue(job)
    else:
        finished.append(job.item)
print(finished, rounds, q.length, q.head is None, q.tail is None)
q.enqueue(QNode("z", 1))
first = q.dequeue()
print(first.item if first is not None else "empty", q.dequeue())

# A FIFO queue class using two list stacks, driving a round-robin scheduler.
class Queue:
    def __init__(self):
        self.inbox: list[int] = []
        self.outbox: list[int] = []

    def enqueue(self, v: int):
        self.inbox.append(v)

    def dequeue(self) -> int:
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()

    def __len__(self) -> int:
        return len(self.inbox) + len(self.outbox)

    def empty(self) -> bool:
        return len(self.inbox) + len(self.outbox) == 0


q = Queue()
for i in range(1, 5):
    q.enqueue(i * 10)
print(q.dequeue(), q.dequeue())
q.enqueue(50)
print(len(q), q.inbox, q.outbox)
out: list[int] = []
while not q.empty():
    out.append(q.dequeue())
print(out, q.empty())

work = {1: 3, 2: 1, 3: 2}
rr = Queue()
for pid in [1, 2, 3]:
    rr.enqueue(pid)
order: list[int] = []
while not rr.empty():
    pid = rr.dequeue()
    order.append(pid)
    work[pid] -= 1
    if work[pid] > 0:
        rr.enqueue(pid)
print(order)

# A binary-heap priority queue class over a list of (priority, seq, label) tuples, with stable ties.
class PriorityQueue:
    def __init__(self):
        self.heap: list[tuple[int, int, str]] = []
        self.seq = 0

    def __len__(self) -> int:
        return len(self.heap)

    def push(self, priority: int, label: str):
        self.heap.append((priority, self.seq, label))
        self.seq += 1
        i = len(self.heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.heap[i] < self.heap[parent]:
                self.heap[i], self.heap[parent] = self.heap[parent], self.heap[i]
                i = parent
            else:
                break

    def pop(self) -> str:
        top = self.heap[0]
        last = self.heap.pop()
        if self.heap:
            self.heap[0] = last
            i = 0
            n = len(self.heap)
            while True:
                small = i
                for c in [2 * i + 1, 2 * i + 2]:
                    if c < n and self.heap[c] < self.heap[small]:
                        small = c
                if small == i:
                    break
                self.heap[i], self.heap[small] = self.heap[small], self.heap[i]
                i = small
        return top[2]

    def peek(self) -> int:
        return self.heap[0][0]


pq = PriorityQueue()
print(len(pq), bool(pq))
for p, name in [(5, "write"), (1, "urgent"), (3, "email"), (1, "fire"), (4, "lunch"), (3, "call")]:
    pq.push(p, name)
print(len(pq), pq.peek())
out: list[str] = []
while len(pq) > 2:
    out.append(pq.pop())
print(out)
pq.push(0, "alarm")
pq.push(9, "nap")
print(pq.peek(), len(pq))
rest: list[str] = []
while pq:
    rest.append(pq.pop())
print(rest)
nums = PriorityQueue()
for v in [9, 4, 7, 1, 8, 2, 2, 6]:
    nums.push(v, str(v))
print("".join([nums.pop() for _ in range(len(nums))]))

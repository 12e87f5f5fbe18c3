# A fixed-size ring buffer class: overwriting oldest items, ordered snapshots, averages and __len__.
class Ring:
    def __init__(self, size: int):
        self.size = size
        self.buf = [0] * size
        self.start = 0
        self.count = 0
        self.dropped = 0

    def push(self, v: int):
        end = (self.start + self.count) % self.size
        self.buf[end] = v
        if self.count < self.size:
            self.count += 1
        else:
            self.start = (self.start + 1) % self.size
            self.dropped += 1

    def pop_oldest(self) -> int:
        v = self.buf[self.start]
        self.start = (self.start + 1) % self.size
        self.count -= 1
        return v

    def items(self) -> list[int]:
        return [self.buf[(self.start + i) % self.size] for i in range(self.count)]

    def __len__(self) -> int:
        return self.count

    def average(self) -> float:
        if self.count == 0:
            return 0.0
        return sum(self.items()) / self.count

    def __repr__(self) -> str:
        return f"Ring({self.items()}, cap={self.size})"


r = Ring(4)
print(r, len(r), r.average())
for v in [3, 1, 4]:
    r.push(v)
print(r, len(r))
for v in [1, 5, 9]:
    r.push(v)
print(r, r.dropped, r.buf)
print(r.pop_oldest(), r.pop_oldest(), r)
r.push(2)
r.push(6)
r.push(5)
print(r, r.average(), r.dropped)
window = Ring(3)
smoothed: list[float] = []
for v in [10, 20, 30, 40, 10, 0]:
    window.push(v)
    smoothed.append(round(window.average(), 2))
print(smoothed)
while len(window) > 0:
    print("drain", window.pop_oldest())

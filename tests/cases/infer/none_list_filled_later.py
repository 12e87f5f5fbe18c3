"""A list made of None and filled with instances holds `P | None`."""


class P:
    def __init__(self, i):
        self.x = i * 0.5

    def bump(self, other):
        self.x = self.x if self.x > other.x else other.x
        return self


def run(n):
    points = [None] * n
    for i in range(n):
        points[i] = P(i)
    for p in points:
        print(p.x)
    best = points[0]
    for p in points[1:]:
        best = best.bump(p)
    return best


print(run(3).x)
slots = [None, None]
slots[1] = "b"
print(slots, slots[1] is None, slots[0] is None)

# Values that are run-time typed (a name rebound from float to int, a field
# holding ints and floats) passed to math functions and used as list
# indices: checked when used, as CPython does.
import math


class P:
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def mag(self):
        return math.sqrt(self.x ** 2 + self.y ** 2)

    def __add__(self, other):
        return P(self.x + other.x, self.y + other.y)

    # No program adds a number to a P, so this is never called.
    __radd__ = __add__


grid = [[0] * 4 for _ in range(4)]
points = [P(1, 2), P(0.5, 1.5), P(3, 0)]
for p in points:
    x = p.x * 1.2
    x = int(x)
    y = int(p.y)
    if x == 4:
        x -= 1
    grid[x][3 - y] += 1
    print(round(p.mag(), 6), x, y)
print(grid)
print(math.floor(math.sqrt(points[0].x + 3)), math.hypot(3, 4))

mixed = [1, 2.5, "three"]
for v in mixed:
    try:
        print(math.sqrt(v))
    except TypeError as e:
        print("TypeError:", e)
for i in [1, 2.0]:
    try:
        print(grid[i])
    except TypeError as e:
        print("TypeError:", e)
total = P(1, 1) + P(2, 3)
print(total.x, total.y)

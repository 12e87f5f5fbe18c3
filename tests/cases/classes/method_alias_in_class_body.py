# A method bound to a second name in the class body (`__rmul__ = __mul__`)
# is the same method under both names.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def norm1(self):
        return abs(self.x) + abs(self.y)

    size = norm1

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


v = Vec(1, -2)
print(v * 3, 3 * v, v.size(), (2 * v).size(), v.norm1())

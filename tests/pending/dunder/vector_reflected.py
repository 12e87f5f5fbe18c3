# Reflected operators: int * Vec uses __rmul__, and sum() starting at 0 works via __radd__.
class Vec:
    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y

    def __add__(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)

    def __radd__(self, other: int) -> "Vec":
        print("radd with", other)
        return Vec(self.x + other, self.y + other)

    def __mul__(self, k: int) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k: int) -> "Vec":
        print("rmul with", k)
        return Vec(self.x * k, self.y * k)

    def __rsub__(self, k: int) -> "Vec":
        return Vec(k - self.x, k - self.y)

    def __repr__(self) -> str:
        return f"<{self.x},{self.y}>"


v = Vec(1, 2)
print(v * 3)
print(3 * v)
print(10 - v)
print(5 + v)
print(sum([Vec(1, 1), Vec(2, 2), Vec(3, 3)]))
print(2 * v + v * 2)
print(0 * v, -1 * v)

# Binary and unary arithmetic dunders on a 2D vector: __add__ __sub__ __mul__ __truediv__ __neg__ __abs__.
class Vec:
    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y

    def __add__(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other: "Vec") -> "Vec":
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def __truediv__(self, k: float) -> "Vec":
        return Vec(self.x / k, self.y / k)

    def __neg__(self) -> "Vec":
        return Vec(-self.x, -self.y)

    def __abs__(self) -> float:
        return (self.x * self.x + self.y * self.y) ** 0.5

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"


a = Vec(3.0, 4.0)
b = Vec(1.0, -2.0)
print(a + b, a - b, b - a)
print(a * 2.0, a / 2.0, b / 4.0)
print(-a, -(-b))
print(abs(a), abs(b - b))
print(a + b * 3.0 - a / 0.5)
print((a + b) * 0.5)
print(abs(-a * 2.0))
c = a
c = c + b
print(a, c, c is a)

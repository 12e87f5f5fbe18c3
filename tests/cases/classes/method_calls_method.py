# Methods calling other methods on self, including chains and recursion through self.
class Circle:
    def __init__(self, radius: float):
        self.radius = radius

    def diameter(self) -> float:
        return 2 * self.radius

    def circumference(self) -> float:
        return 3.14159 * self.diameter()

    def area(self) -> float:
        return 3.14159 * self.radius * self.radius

    def ratio(self) -> float:
        return self.area() / self.circumference()

    def report(self) -> str:
        return f"r={self.radius} d={self.diameter()} c={self.circumference():.3f} a={self.area():.3f}"


class MathBox:
    def __init__(self, base: int):
        self.base = base

    def fact(self, n: int) -> int:
        if n <= 1:
            return 1
        return n * self.fact(n - 1)

    def choose(self, n: int, k: int) -> int:
        return self.fact(n) // (self.fact(k) * self.fact(n - k))

    def row(self) -> list[int]:
        return [self.choose(self.base, k) for k in range(self.base + 1)]


c = Circle(2.0)
print(c.report())
print(round(c.ratio(), 4))
c.radius = 0.5
print(c.report())
m = MathBox(6)
print(m.fact(10))
print(m.row())
m.base = 3
print(m.row(), m.choose(20, 10))

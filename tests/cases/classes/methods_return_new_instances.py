# Methods returning new instances leave the original unchanged.
class Point:
    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y

    def moved(self, dx: int, dy: int) -> "Point":
        return Point(self.x + dx, self.y + dy)

    def scaled(self, k: int) -> "Point":
        return Point(self.x * k, self.y * k)

    def mirrored(self) -> "Point":
        return Point(self.y, self.x)

    def midpoint(self, other: "Point") -> "Point":
        return Point((self.x + other.x) // 2, (self.y + other.y) // 2)

    def show(self) -> str:
        return f"({self.x}, {self.y})"


a = Point(1, 2)
b = a.moved(3, 4)
print(a.show(), b.show(), a is b)
c = b.scaled(3).mirrored().moved(-1, -1)
print(c.show())
print(a.midpoint(c).show())
path = [a]
for i in range(4):
    path.append(path[-1].moved(i, 2 * i))
print([p.show() for p in path])
print(path[0] is a, path[1] is a)
d = a.scaled(1)
print(d.show(), d is a, d.x == a.x and d.y == a.y)

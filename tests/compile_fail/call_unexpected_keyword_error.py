# Molt reports at transpile time the TypeError CPython raises for these calls (same message).
class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def move(self, dx: int, dy: int) -> None:
        self.x += dx
        self.y += dy


def area(width: int, height: int) -> int:
    return width * height


try:
    print(area(width=2, hieght=3))  # type: ignore
except TypeError as e:
    print(e)
try:
    print(area(2, 3, depth=4))  # type: ignore
except TypeError as e:
    print(e)
p = Point(1, 2)
try:
    p.move(dx=1, dz=2)  # type: ignore
except TypeError as e:
    print(e)
try:
    p.move(1)  # type: ignore
except TypeError as e:
    print(e)
p.move(dy=5, dx=-1)
print(p.x, p.y)

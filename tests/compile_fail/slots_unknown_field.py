# A method assigns a field that __slots__ does not list.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y
        self.z = 0


print(Point(1, 2).x)

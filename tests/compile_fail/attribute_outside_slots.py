# A class with __slots__ takes no other attributes: assigning one from
# outside the class is an AttributeError in CPython, caught here.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y


p = Point(1, 2)
p.z = 3
print(p.x)

# Molt's classes are closed: an attribute no method assigns is an error.
class Point:
    def __init__(self, x: int, y: int):
        self.x = x
        self.y = y


p = Point(1, 2)
p.z = 3
print(p.x)

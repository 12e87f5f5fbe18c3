class Vector:
    def __init__(self, x):
        self.x = x


class Point(Vector):
    pass


Vector.UP = Vector(1)
print(Point.UP.x)
Point.UP = Point(2)
print(Point.UP.x)

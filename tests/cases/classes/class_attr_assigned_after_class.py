class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def plus(self, other):
        return Vector(self.x + other.x, self.y + other.y)


Vector.ZERO = Vector(0, 0)
Vector.UP = Vector(0, 1)


class Point(Vector):
    pass


def climb(v):
    return v.plus(Vector.UP)


print(climb(Vector.ZERO).y, Point.UP.y, Vector.UP is Point.UP)
Vector.UP = Vector(0, 2)
print(climb(Vector.ZERO).y)


class Strength:
    def __init__(self, strength, name):
        self.strength = strength
        self.name = name

    def weaker(self):
        return STRENGTHS[self.strength + 1]


def required():
    return Strength.REQUIRED.name


try:
    print(required())
except AttributeError as e:
    print("AttributeError:", e)
Strength.REQUIRED = Strength(0, "required")
Strength.WEAKEST = Strength(1, "weakest")
STRENGTHS = [Strength.REQUIRED, Strength.WEAKEST]
print(required(), Strength.REQUIRED.weaker().name)
Vector.UP = Point(5, 5)
print(Point.UP.x, Vector.UP.y)

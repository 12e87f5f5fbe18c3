"""Shapes for the cases in this directory, which import it."""
import math

print("geometry: loading")

UNIT = 1.0
made = 0


class Circle:
    def __init__(self, r):
        global made
        made += 1
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def __repr__(self):
        return f"Circle({self.r})"


class Square:
    def __init__(self, side):
        global made
        made += 1
        self.side = side

    def area(self):
        return self.side * self.side


def total_area(shapes):
    return sum(s.area() for s in shapes)


def unused_helper(x, y):
    return x.combine(y)


if __name__ == "__main__":
    print("geometry self-test", Circle(1.0).area())

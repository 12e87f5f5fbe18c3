# Chained assignment to attributes and names: the value once, every target.
class Point:
    def __init__(self, i):
        self.x = x = i * 2.0
        self.y = self.z = y = x + 1.0
        self.norm = x * y


p = Point(3)
print(p.x, p.y, p.z, p.norm)

# A method whose guard `isinstance(other, C)` always holds, because it is
# only ever given a C: the guard's raise never runs.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if not isinstance(other, Vec):
            raise ValueError("Can't add Vec to " + str(type(other)))
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        if isinstance(other, Vec):
            return self.x * other.x + self.y * other.y
        return 0


a = Vec(1, 2) + Vec(3, 4)
print(a.x, a.y, a.dot(Vec(2, 2)))

# `%r` and `%s` of the program's own instances use __repr__ and __str__.
class Square:
    def __init__(self, pos):
        self.pos = pos

    def __repr__(self):
        return "Square(%d)" % self.pos


class Move:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __str__(self):
        return "%d,%d" % (self.x, self.y)

    def __repr__(self):
        return "Move(%r, %r)" % (self.x, self.y)


s = Square(7)
print("ledges differ at %r: %d %d" % (s, 1, 2))
print("at %s" % s)
print("%r|%-12r|%12s|" % (s, s, s))
m = Move(3, 4)
print("move %s is %r" % (m, m))
print("%s and %s" % ("text", m))
print("100%% of %r" % [m, m])

# A field that holds values of several types is run-time typed; `+=` on it
# combines it with a typed value.
class C:
    def __init__(self):
        self.t = 0

    def bump(self, a, b):
        self.t += a * b
        return self.t


c = C()
c.t = "x"
c.t = 1
print(c.bump(2, 3))
x = c.t
x += 2 * 3
print(x)

# `is` and, without __eq__, `==` between an instance of a class and one of
# its subclass or base, either of which may be None.


class Constraint:
    def __init__(self, name):
        self.name = name


class Unary(Constraint):
    pass


class Binary(Constraint):
    pass


class Scale(Binary):
    pass


class Variable:
    def __init__(self):
        self.determined_by = None
        self.constraints = []


def consumers(v):
    determining = v.determined_by
    return [c.name for c in v.constraints if c != determining]


v = Variable()
u = Unary("u")
b = Binary("b")
s = Scale("s")
for c in [u, b, s]:
    v.constraints.append(c)
print(consumers(v))
v.determined_by = b
print(consumers(v))

last = None
for c in v.constraints:
    print(c.name, c is u, c is not b, c == s, s is c, b == c, c is last)
    last = c
print(last is s, s is last, last == b, b != last)
narrowest = s
print(narrowest is b, b is narrowest, narrowest == v.constraints[2])

# A base class whose methods call methods only its subclasses define, and
# values typed as the base that are called with them.


class Constraint(object):
    def __init__(self, strength):
        super(Constraint, self).__init__()
        self.strength = strength

    def satisfy(self, mark):
        self.choose_method(mark)
        out = self.output()
        return out.value + self.strength

    def describe(self):
        return type(self).__name__ + " " + str(self.strength)


class Variable:
    def __init__(self, value):
        self.value = value


class Unary(Constraint):
    def __init__(self, v, strength):
        super(Unary, self).__init__(strength)
        self.v = v
        self.marked = 0

    def choose_method(self, mark):
        self.marked = mark

    def output(self):
        return self.v

    def only_here(self, k):
        return k + 1


class Binary(Constraint):
    def __init__(self, a, b, strength):
        super().__init__(strength)
        self.a = a
        self.b = b

    def choose_method(self, mark):
        print("binary chooses", mark)

    def output(self):
        return self.b


class Lonely(Constraint):
    pass


def run_all(constraints, mark):
    for c in constraints:
        print(c.describe(), c.satisfy(mark))


run_all([Unary(Variable(1), 2), Binary(Variable(3), Variable(4), 5)], 7)
print(Unary(Variable(0), 0).only_here(41))
try:
    run_all([Lonely(9)], 1)
except AttributeError as e:
    print("AttributeError:", e)

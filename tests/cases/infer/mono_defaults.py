# Unannotated functions with default parameter values, called with and without them.
def scale(x, factor=2):
    return x * factor


def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


def rng(stop, start=0, step=1):
    out = []
    i = start
    while i < stop:
        out.append(i)
        i += step
    return out


def describe(n, unit="item", plural=None):
    if plural is None:
        plural = unit + "s"
    if n == 1:
        return "1 " + unit
    return str(n) + " " + plural


print(scale(5), scale(5, 3), scale(-1, 10))
print(greet("ann"), greet("bob", "Hi"), greet("cy", "Hey", "?"))
print(rng(5), rng(10, 5), rng(10, 0, 3))
print(describe(1), describe(3), describe(2, "box", "boxes"))
print(describe(1, "mouse", "mice"), describe(0, "mouse", "mice"))
print([scale(i) for i in rng(4)])

# Functions forwarding their parameters to another generic function, used with ints, strs and lists.
def twice(f, x):
    return f(f(x))


def wrap(x):
    return [x]


def ident(x):
    return x


def through(x):
    return ident(x)


def dup(x):
    return x + x


def dup_via(x):
    return dup(through(x))


def quad(x):
    return twice(dup, x)


print(through(5), through("s"), through([1, 2]))
print(dup_via(3), dup_via("ab"), dup_via([0]))
print(quad(1), quad("x"), quad([9]))
print(quad(1.25))
print(twice(wrap, 4))
print(twice(wrap, "q"))
print(twice(lambda v: v * 3, 2), twice(lambda v: v * 3, "z"))
print(len(quad("abc")), quad([1, 2])[-1])

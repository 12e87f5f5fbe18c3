# pick(xs, i) and middle(xs) called with lists of ints, strs, tuples and floats, including negative indices.
def pick(xs, i):
    return xs[i]


def middle(xs):
    return pick(xs, len(xs) // 2)


def ends(xs):
    return (pick(xs, 0), pick(xs, -1))


ints = [10, 20, 30, 40, 50]
strs = ["alpha", "beta", "gamma"]
tups = [(1, "a"), (2, "b"), (3, "c"), (4, "d")]
flts = [0.5, 1.5]
print(pick(ints, 1), pick(ints, -2))
print(pick(strs, 0), pick(strs, -1))
print(pick(tups, 2), pick(tups, 2)[1])
print(pick(flts, 1) * 2)
print(middle(ints), middle(strs), middle(tups), middle(flts))
print(ends(ints), ends(strs))
print(ends(tups))
print(pick("hello", 1), middle("world"))
print(pick(ints, 0) + pick(ints, 1))
print(pick(strs, 1).upper() + pick(strs, 2)[0])

# first(xs) and last(xs) called with lists of ints, strs, floats, tuples, and with strings.
def first(xs):
    return xs[0]


def last(xs):
    return xs[len(xs) - 1]


def ends(xs):
    return first(xs), last(xs)


ints = [10, 20, 30]
strs = ["alpha", "beta", "gamma"]
floats = [1.5, 2.5]
tuples = [(1, "a"), (2, "b")]
print(first(ints), last(ints), first(ints) + last(ints))
print(first(strs), last(strs), first(strs) + last(strs))
print(first(floats) * 2, last(floats))
print(first(tuples), last(tuples)[1])
print(first("hello"), last("hello"))
print(ends(ints), ends(strs), ends("xyz"))
print(first(first([[7, 8], [9]])), last(last([[7, 8], [9]])))
print(first(strs).upper(), first(ints) // 3)

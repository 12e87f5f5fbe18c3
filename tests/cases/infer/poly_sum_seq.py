# A reducing function used with ints, floats, strs and lists via an explicit start value.
def reduce_plus(xs, start):
    acc = start
    for x in xs:
        acc = acc + x
    return acc


def average(xs):
    return reduce_plus(xs, 0) / len(xs)


def flatten(lists):
    return reduce_plus(lists, [])


print(reduce_plus([1, 2, 3, 4], 0), reduce_plus([1, 2, 3, 4], 100))
print(reduce_plus([0.5, 0.25, 0.125], 0.0))
print(reduce_plus(["a", "b", "c"], ""), reduce_plus(["x", "y"], ">"))
print(reduce_plus([[1], [2, 3], []], []))
print(reduce_plus([(1,), (2,)], ()))
print(average([1, 2, 3, 4]), average([2.5, 3.5]))
print(flatten([[1, 2], [3], [4, 5, 6]]), flatten([["a"], ["b"]]))
print(reduce_plus([], 0), reduce_plus([], ""), flatten([]))

# size/contains/count_items work on lists, strs, dicts, tuples and sets alike.
def size(c):
    return len(c)


def contains(c, x):
    return x in c


def count_items(c):
    n = 0
    for _ in c:
        n += 1
    return n


def is_empty(c):
    return not c


print(size([1, 2, 3]), size("hello"), size({"a": 1, "b": 2}), size((1,)), size({5, 6}))
print(contains([1, 2, 3], 2), contains("hello", "ell"), contains({"a": 1}, "b"))
print(contains((4, 5), 5), contains({1, 2}, 3), contains(range(10), 9))
print(count_items([7, 8]), count_items("abc"), count_items({"k": 0}), count_items(range(4)))
print(is_empty([]), is_empty(""), is_empty({}), is_empty([0]), is_empty("x"))
for thing in [[1, 2], "xyz", (9, 9, 9, 9)]:
    print(size(thing), count_items(thing), is_empty(thing))

# show(x) and describe(x) called with ints, strs, lists, dicts, tuples, None and floats.
def show(x):
    print(x)


def describe(x):
    print(repr(x), len(str(x)))


def show_twice(x):
    show(x)
    show(x)


show(42)
show("hello")
show([1, 2, 3])
show({"a": 1})
show((1, "two"))
show(None)
show(3.75)
describe(42)
describe("hi")
describe([1, [2, 3]])
describe(None)
describe(0.5)
show_twice("again")
show_twice(7)
for item in [1, "two", 3.0]:
    show(item)

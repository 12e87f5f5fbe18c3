# The same unannotated add(a, b) called with ints, floats, strs, lists and tuples.
def add(a, b):
    return a + b


def add3(a, b, c):
    return add(add(a, b), c)


print(add(1, 2), add(-5, 5), add(2 ** 70, 1))
print(add(1.5, 2.25), add(0.1, 0.2))
print(add("foo", "bar"), add("", "x"))
print(add([1, 2], [3]), add([], [4, 5]))
print(add(["a"], ["b", "c"]))
print(add((1, 2), (3,)))
print(add3(1, 2, 3), add3("a", "b", "c"), add3([1], [2], [3]))
print(add(1, 2.5), add(True, 2))
total = 0
for i in range(5):
    total = add(total, i)
print(total)
word = ""
for ch in "xyz":
    word = add(word, ch)
print(word)

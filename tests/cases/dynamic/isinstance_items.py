# isinstance and type(x).__name__ on the items of a mixed list.
items = [1, "a", 2.5, True, None, [1], (1, 2), {"k": 1}, {3}, b"x"]
for x in items:
    print(repr(x), type(x).__name__)
ints = 0
strs = 0
others = 0
for x in items:
    if isinstance(x, bool):
        others += 1
    elif isinstance(x, int):
        ints += 1
    elif isinstance(x, str):
        strs += 1
    else:
        others += 1
print(ints, strs, others)
print([isinstance(x, (int, float)) for x in items])
print(isinstance(True, int), isinstance(1, float), isinstance(None, object))
containers = []
for x in items:
    if isinstance(x, (list, tuple, dict)):
        containers.append(type(x).__name__)
print(containers)

# A list [1, "a", None, 2.5, ...] printed whole and iterated with isinstance dispatch.
items = [1, "a", None, 2.5, True, "bc", 7, [1, 2], (3,)]
print(items)
print(len(items), items[1], items[3])

ints = 0
text = ""
floats = 0.0
nones = 0
other = []
for x in items:
    if x is None:
        nones += 1
    elif isinstance(x, bool):
        other.append("bool:" + str(x))
    elif isinstance(x, int):
        ints += x
    elif isinstance(x, float):
        floats += x
    elif isinstance(x, str):
        text += x
    else:
        other.append(type(x).__name__ + ":" + str(len(x)))
print(ints, text, floats, nones, other)


def describe(v):
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return "num " + repr(v * 2)
    if isinstance(v, str):
        return "str " + v.upper()
    return "other " + repr(v)


print([describe(v) for v in items])
items.append({"k": 1})
items[0] = "one"
print(items[0], items[-1], [type(v).__name__ for v in items[:5]])

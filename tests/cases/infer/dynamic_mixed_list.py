# A list holding int, str, None, float, bool and list values, iterated with isinstance checks.
items = [1, "a", None, 2.5, True, [3, 4], "bc", 0, -7.25]
print(items)
print(len(items), items[1], items[3], items[5])
ints = 0
total = 0.0
text = ""
for x in items:
    if x is None:
        print("none")
    elif isinstance(x, bool):
        print("bool", x)
    elif isinstance(x, int):
        ints += 1
        total += x
        print("int", x)
    elif isinstance(x, float):
        total += x
        print("float", x)
    elif isinstance(x, str):
        text += x
        print("str", x, len(x))
    else:
        print("other", x, len(x))
print(ints, total, text)
print([type(x).__name__ for x in items])
print([x for x in items if isinstance(x, (int, float)) and not isinstance(x, bool)])

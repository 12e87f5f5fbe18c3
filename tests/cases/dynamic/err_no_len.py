# len() of an int taken from a mixed list raises TypeError.
items = ["abc", [1, 2], (3,), 42]
for x in items:
    print(repr(x), len(x))

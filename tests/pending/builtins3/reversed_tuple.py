# reversed() of a tuple and of an empty list literal.
print(list(reversed((1, 2, 3))), list(reversed([])))
for v in reversed(("a", "b")):
    print(v)

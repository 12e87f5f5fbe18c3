# Ordering an int against a str raises TypeError.
pairs = [(1, 2), ("a", "b"), (2.5, 3), (3, "4")]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b)
ints = [p[0] for p in pairs if isinstance(p[0], int)]
print(ints, sorted(ints))
print(sorted(["b", "a"]), 1 < 2.5)
print(1 == "1", 1 != "1")
for a, b in pairs:
    print(a < b)

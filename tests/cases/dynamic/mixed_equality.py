# == between containers holding values of different types.
a = [0, "x", 2.5]
b = [False, "x", 2.5]
c = [0.0, "x", 2.5]
print(a == b, a == c, b == c, a != b, a is b, a[0] is b[0])
print(a == [0, "x", 2.5], a == [0, "y", 2.5], a == [0, "x"])
print([1, [2, "b"]] == [1, [2, "b"]], [1, [2, "b"]] == [1, [2, "c"]])
print({1: "a", 2.5: "b"} == {2.5: "b", 1.0: "a"}, {1, "a"} == {"a", True})
print([x == 1 for x in [1, 1.0, True, "1", [1], None]])
print(a.index(False), a.count(0), b.count(0.0), "x" in a, 2.5 in b)
t = tuple([1, "a", 2.0])
print(t == tuple([1, "a", 2]), t == tuple([1.0, "a", 2.0]), t != tuple([1, "a"]))

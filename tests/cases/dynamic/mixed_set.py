# Sets holding values of several types.
s = {1, "a", 2.5, (1, 2), None}
print(len(s), 1 in s, "a" in s, (1, 2) in s, "b" in s)
s.add("b")
s.discard(1)
print(len(s), sorted(str(x) for x in s))
t = set([1, "1", 1.0])
print(len(t), sorted(repr(x) for x in t))
u = {2, "x"} | {3.5, "y"}
print(len(u), 3.5 in u, {2, "x"} & {"x", 9.5})
print(frozenset([1, "a"]) == frozenset(["a", 1]))
print({True, "2"} - {1, "3"}, {1, "2"} ^ {True, 2.0})

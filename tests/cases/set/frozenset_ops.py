# frozenset supports the same operators; mixing with set keeps the left operand's type.
f = frozenset([1, 2, 3])
s = {2, 3, 4}
print(f | s, s | f)
print(f & s, s & f, f - s, s - f, f ^ s)
print(f == {1, 2, 3}, f <= {1, 2, 3, 4}, f.issubset(s), f.isdisjoint({9}))
print(f.union(s), f.intersection([3]), f.difference([1]))
g = f
g = g | {10}
print(sorted(f), sorted(g), g == f)
fs = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(fs), frozenset([1, 2]) in fs)
words = frozenset("hello")
print(sorted(words), len(words), "l" in words)
print(frozenset(range(3)), frozenset())

# frozenset: immutable, hashable, usable as a dict key or set element.
f = frozenset([3, 1, 2])
print(f, len(f), 2 in f)
g = frozenset("aab")
print(sorted(g))
groups = {frozenset([1, 2]): "a", frozenset([3]): "b"}
print(groups[frozenset([2, 1])], frozenset([3]) in groups)
nested = {frozenset([1]), frozenset([1]), frozenset([2, 3])}
print(len(nested))
print(f | {9}, {9} | f, f & {1, 5})
print(frozenset(), set() == frozenset())

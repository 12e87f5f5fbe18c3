# Subset and superset comparisons, disjointness and equality of sets.
a = {1, 2}
b = {1, 2, 3}
c = {3, 4}
print(a <= b, a < b, b <= b, b < b, b >= a, b > a)
print(a.issubset(b), b.issuperset(a), a.isdisjoint(c), b.isdisjoint(c))
print(a == {2, 1}, a != b, {1, 2, 3} == b)
print(a.issubset([1, 2, 5]), set() <= a, set() < set())
print(frozenset([1, 2]) == a, a == frozenset([1, 2]))
print(sorted([{3}, {1, 2}, {1}], key=len))

# Set methods by name: union/intersection/difference/symmetric_difference and the is* tests.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9, 9]), a.intersection(range(3)), a.difference([2]))
print({1, 2}.issubset(a), a.issubset({1, 2}), a.issuperset({1, 2}), a.issuperset(b))
print(a.isdisjoint(b), a.isdisjoint({7, 8}), set().isdisjoint(a))
print({1, 2} <= a, {1, 2} < a, a < set(a), a <= set(a), a > {1}, a >= b)
c = a.copy()
c.discard(1)
c.discard(100)
c.add(2)
print(sorted(c), sorted(a))
print(a == {4, 3, 2, 1}, a != b, len(a | b), len(a & b))

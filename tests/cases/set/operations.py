# Union, intersection, difference and symmetric difference, as operators and methods.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9, 10]), a.intersection(range(3)), a.difference((1, 2)))
print(a.union(b, {100}), a.intersection(b, {5}))
print(a, b)
x = {"red", "green", "blue"}
y = {"green", "yellow"}
print(sorted(x | y), sorted(x & y), sorted(x - y), sorted(x ^ y))
print(len(a | b) == len(a) + len(b) - len(a & b))
empty: set[int] = set()
print(a | empty, a & empty, empty - a)

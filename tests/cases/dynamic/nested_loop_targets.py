# Nested tuple targets in for loops.
inventory = {"apple": (3, 0.5), "pear": (10, 0.25)}
for name, (qty, price) in inventory.items():
    print(name, qty, price, qty * price)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
points = [((0, 0), "origin"), ((1, 2), "p")]
for (x, y), label in points:
    print(label, x, y)
for k, (v, (w, z)) in [("a", (1, (2, 3))), ("b", (4, (5, 6)))]:
    print(k, v, w, z)
pairs = list(zip("ab", [(1, 2), (3, 4)]))
for c, (m, n) in pairs:
    print(c, m * n)
products = []
for (a, b), weight in [((2, 3), 0), ((4, 5), 1)]:
    products.append(a * b + weight)
print(products)

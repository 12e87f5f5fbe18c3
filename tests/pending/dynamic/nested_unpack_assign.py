# Nested targets in assignments and comprehensions.
(p, q), r = (1, 2), 3
print(p, q, r)
a, (b, c) = "x", [4, 5]
print(a, b, c)
print([x * y for (x, y), _ in [((2, 3), 0), ((4, 5), 1)]])
print({k: v + w for k, (v, w) in [("a", (1, 2)), ("b", (3, 4))]})

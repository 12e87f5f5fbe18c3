# Tuples compare item by item; sorting tuples sorts by the first item, then the next.
pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((2, 0), (1, 9)), ((0, 5), (0, -5)), ((-1, 0), (-1, 0))]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
data = [(3, "c"), (1, "z"), (2, "b"), (1, "a"), (3, "a")]
print(sorted(data))
print(sorted(data, reverse=True))
print(max(data), min(data))
print((1, 2, 3) < (1, 2, 4), (0, 1, 2) > (0, 1, 1), (1, "b") > (1, "a"), ("a", 1) > ("a", 0))
print((1.5, 2) < (1.5, 3), ("x", 2.0) == ("x", 2.0), (True, 1) < (True, 2))
scores = [("ann", 90, 3), ("bob", 90, 1), ("cy", 85, 2)]
print(sorted(scores))
print(sorted([(s[1], s[0]) for s in scores], reverse=True))
print([s for s in scores if s > ("b", 0, 0)])

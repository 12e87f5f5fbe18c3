# Comprehensions that transform and filter existing lists.
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print([n * 2 for n in nums])
print([n for n in nums if n > 0])
print([n if n > 0 else 0 for n in nums])
words = ["apple", "Banana", "cherry", "date", "Elder"]
print([w.upper() for w in words])
print([w for w in words if w[0].isupper()])
print([len(w) for w in words])
print([w[::-1] for w in words if len(w) > 4])
floats = [1.5, 2.25, -0.5]
print([f * 2 for f in floats], [f > 0 for f in floats])
nested = [[1, 2], [3], [4, 5, 6]]
print([len(r) for r in nested], [r[0] for r in nested], [r[-1] * 10 for r in nested])
pairs = [("a", 1), ("b", 2), ("c", 3)]
print([p[0] * p[1] for p in pairs])
print([k + str(v) for k, v in pairs if v != 2])
print([x for x in nums if x not in [-1, 2]])

# Nested comprehensions with several conditions, and inner comprehensions as values.
print([(x, y) for x in range(4) if x % 2 == 0 for y in range(x) if y != 1])
print([x for x in range(30) if x % 2 == 0 if x % 3 == 0])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row if v % 2 == 1])
print([[v * 10 for v in row if v != 5] for row in matrix if sum(row) > 6])
print([row[i] for i in range(3) for row in matrix if i == 1])
words = ["apple", "kiwi", "banana", "fig"]
print([c for w in words if len(w) > 3 for c in w if c in "aeiou"])
print({w: [i for i, c in enumerate(w) if c == "a"] for w in words if "a" in w})
print([x if x > 0 else -x for x in [-2, 3, -4] if x != 3])
print([[i * j for j in range(1, i + 1)] for i in range(1, 5)])
print(sum(1 for row in matrix for v in row if v > 4), sorted({v % 4 for row in matrix for v in row}))
print([(i, s) for i in range(3) for s in "ab" if (i + ord(s)) % 2 == 0])

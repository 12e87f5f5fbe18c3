# Comprehensions with two for clauses, with and without filters.
print([(i, j) for i in range(3) for j in range(2)])
print([i * j for i in range(1, 4) for j in range(1, 4)])
print([(i, j) for i in range(4) for j in range(i)])
print([(i, j) for i in range(5) for j in range(5) if i + j == 4])
print([p + q for p in ["x", "y"] for q in ["1", "2", "3"]])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = [v for row in matrix for v in row]
print(flat)
print([v for row in matrix for v in row if v % 2 == 0])
words = ["ab", "cde"]
print([c for w in words for c in w])
sq = [k * k for k in range(30)]
triples = [(a, b, sq.index(a * a + b * b)) for a in range(1, 21) for b in range(a, 21) if a * a + b * b in sq]
print(triples)
print(len([1 for i in range(10) for j in range(10) if i < j]))

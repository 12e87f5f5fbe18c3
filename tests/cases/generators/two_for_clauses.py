# Generator expressions with two for clauses and conditions on both.
rows = [[3, 8, 1], [7, 2, 9], [4, 6, 5]]
flat = (v for row in rows for v in row)
print(list(flat))
print(sum(v for row in rows if sum(row) > 12 for v in row if v % 2 == 1))
cells = ((r, c) for r in range(3) for c in range(3) if rows[r][c] > 5)
print(list(cells))
sizes = ["S", "M", "L"]
colours = ["red", "blue"]
variants = (f"{s}-{c}" for s in sizes for c in colours if not (s == "L" and c == "red"))
print(next(variants))
print(list(variants))
pairs = ((a, b) for a in range(1, 6) for b in range(a, 6) if a * b == 6 or a + b == 6)
print(list(pairs))
words = ["ab", "cde"]
print("".join(ch * 2 for w in words for ch in w))
print(max(a * b for a in range(4) for b in range(4) if a != b))

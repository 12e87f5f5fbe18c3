# Subscripting an int raises TypeError.
rows = [[1, 2], [3, 4], 5]
print(rows[0][1], rows[1][0], len(rows))
for r in rows[:2]:
    print(r[0] + r[1])
print(rows[2], rows[-1] * 2)
flat = [v for r in rows[:2] for v in r]
print(flat, sum(flat))
for r in rows:
    print(r[0])

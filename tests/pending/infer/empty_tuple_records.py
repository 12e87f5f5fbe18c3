# An empty list filled with (str, int, float) tuples, then sorted with key lambdas and unpacked.
rows = []
raw = "ann:31:5.5 bob:25:7.25 cy:31:6.0 dee:19:9.5"
for part in raw.split():
    name, age, score = part.split(":")
    rows.append((name, int(age), float(score)))

print(rows)
by_age = sorted(rows, key=lambda r: (r[1], r[0]))
print([r[0] for r in by_age])
by_score = sorted(rows, key=lambda r: -r[2])
print([(r[0], r[2]) for r in by_score])

older = []
total = 0.0
for name, age, score in rows:
    if age > 20:
        older.append(name)
        total += score
print(older, total)

groups = []
for r in by_age:
    if groups and groups[-1][0] == r[1]:
        groups[-1][1].append(r[0])
    else:
        groups.append((r[1], [r[0]]))
print(groups)

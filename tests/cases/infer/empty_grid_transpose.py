# A list of lists built from empty lists (a matrix), then transposed and multiplied.
rows = []
for i in range(3):
    row = []
    for j in range(4):
        row.append(i * 4 + j)
    rows.append(row)
print(rows)

cols = []
for j in range(len(rows[0])):
    col = []
    for r in rows:
        col.append(r[j])
    cols.append(col)
print(cols)

prod = []
for r in rows:
    line = []
    for c in rows:
        total = 0
        for k in range(len(r)):
            total += r[k] * c[k]
        line.append(total)
    prod.append(line)
print(prod)

labels = []
for r in rows:
    labels.append([str(x) for x in r])
print([",".join(l) for l in labels])

jag = []
for n in range(1, 5):
    jag.append([])
    for m in range(n):
        jag[-1].append(m * 0.5)
print(jag, sum(len(x) for x in jag))

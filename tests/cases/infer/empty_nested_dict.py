# A dict of dicts built from empty dicts: d[a] = {} then d[a][b] = n, plus nested totals.
sales = [
    ("north", "apples", 3),
    ("south", "pears", 5),
    ("north", "pears", 2),
    ("north", "apples", 4),
    ("east", "plums", 1),
    ("south", "apples", 6),
]

table = {}
for region, fruit, n in sales:
    if region not in table:
        table[region] = {}
    inner = table[region]
    inner[fruit] = inner.get(fruit, 0) + n

for region in sorted(table):
    row = table[region]
    print(region, sorted(row.items()), sum(row.values()))

totals = {}
for region in table:
    for fruit, n in table[region].items():
        totals[fruit] = totals.get(fruit, 0) + n
print(sorted(totals.items()))

best = {}
for region in table:
    row = table[region]
    top = ""
    for fruit in sorted(row):
        if top == "" or row[fruit] > row[top]:
            top = fruit
    best[region] = top
print(sorted(best.items()))

# Indexing an int that sits in a list of lists raises TypeError.
rows = [[1, 2], [3, 4], 5]
for r in rows:
    print(r)
    print(r[0])

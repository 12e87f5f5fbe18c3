# Iterating over an int raises TypeError.
groups = [[1, 2], [3], 5]
total = 0
print(len(groups), [type(g).__name__ for g in groups])
print(sum([len(g) for g in groups[:2]]))
for g in groups:
    print("group", g)
    for x in g:
        total += x
        print(" ", x, total)

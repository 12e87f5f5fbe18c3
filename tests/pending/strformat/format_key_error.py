# A named field without a matching keyword raises KeyError.
print("{x}".format(x=1))
row = {"x": 1, "y": 2}
print("{x},{y}".format(**row))
for t in ["{x}", "{y}{x}", "{x}{x}"]:
    print(t, "->", t.format(**row))
del row["y"]
print(row)
print("{x!r:>4}".format(**row))
print("{x} {y}".format(**row))

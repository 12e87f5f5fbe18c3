# An empty dict later filled by d[k] = v with str keys and int values, then queried.
ages = {}
print(ages, len(ages))
ages["ann"] = 31
ages["bob"] = 27
ages["cy"] = 45
print(sorted(ages.items()))
ages["bob"] += 1
print(ages["bob"], ages.get("dan", -1), "cy" in ages)
by_len = {}
for word in ["a", "bb", "cc", "ddd", "e"]:
    by_len[len(word)] = by_len.get(len(word), 0) + 1
print(sorted(by_len.items()))
squares = {}
for i in range(1, 6):
    squares[i] = i * i
print(squares, sum(squares.values()), list(squares.keys()))
del squares[3]
print(squares, len(squares))
oldest = ""
best = -1
for name in sorted(ages):
    if ages[name] > best:
        best = ages[name]
        oldest = name
print(oldest, best)

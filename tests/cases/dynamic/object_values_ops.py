# Iterating, indexing, `in` and len on values whose type is only known at run time.
values = ["hello", [1, 2, 3], (4, 5), {"a": 1, "b": 2}, {7, 8}]
for v in values:
    print(len(v), list(v))
for v in values:
    if isinstance(v, str):
        print("l" in v, "a" in v)
    else:
        print(2 in v, "a" in v)
print(values[0][1], values[1][-1], values[2][0], values[3]["b"])
total = 0
for v in values[1:3]:
    for x in v:
        total += x
print(total)
first = values[0]
print(first, len(first), first[0])
first = values[1]
print(first, len(first), first[0], sorted(values[4]))
print([len(v) > 2 for v in values], bool(values[3]), bool([]))

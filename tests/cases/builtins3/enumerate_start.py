# enumerate with a start value, over lists, strs, dicts and ranges.
names = ["ann", "bob", "cy"]
print(list(enumerate(names)), list(enumerate(names, 1)), list(enumerate(names, -2)))
for i, c in enumerate("xyz", 100):
    print(i, c)
for n, key in enumerate({"a": 1, "b": 2}, start=1):
    print(n, key)
print(list(enumerate(range(10, 13), 10 ** 20)))
print(dict(enumerate(["zero", "one"])), [i * v for i, v in enumerate([5, 5, 5])])
print(list(enumerate([])), sum(i for i, _ in enumerate("abcd")))

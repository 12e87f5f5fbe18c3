# del of a missing key raises KeyError; quotes in the key use repr.
d = {"it's": 1, "fine": 2, "x": 3}
del d["fine"]
print(d)
for k in ["x", "it's"]:
    print("deleting", k, d[k])
    del d[k]
    print(d, len(d))
d["it's"] = 4
print(d)
del d["it's"]
print(d)
del d["it's"]

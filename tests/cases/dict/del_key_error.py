# del of a missing key raises KeyError; quotes in the key use repr.
d = {"it's": 1, "fine": 2}
del d["fine"]
print(d)
del d["it's"]
print(d, len(d))
del d["it's"]

# A list used as a dict key raises TypeError.
d = {(1, 2): "tuple ok"}
print(d[(1, 2)])
key = [1, 2]
print(tuple(key) in d, d[tuple(key)])
d[tuple(key + [3])] = "longer"
print(d)
print(hash(tuple(key)) == hash((1, 2)))
print(len(d), sorted(d))
d[key] = "list"

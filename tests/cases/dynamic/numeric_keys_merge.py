# 1, 1.0 and True are one dict key and one set element.
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
print(d[1], d[1.0], d[True])
e = {1.0: "a", 1: "b", 2: "c", 2.0: "d"}
print(e)
e[True] = "t"
e[2.5] = "x"
print(e)
s = {1, 1.0, True}
print(s, len(s))
t = {True, 1, 1.0, 0, 0.0, False}
print(t)
counts = {}
for v in [1, 1.0, True, 2, 2.0, 0.5]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
print(1.0 in counts, True in counts, 0.5 in counts, 0 in counts)
print(hash(1) == hash(1.0) == hash(True), hash(2.5) == hash(2))

# Dict equality ignores insertion order; iteration and printing keep it.
a = {"x": 1, "y": 2, "z": 3}
b = {"z": 3, "y": 2, "x": 1}
print(a == b, a != b, list(a) == list(b), a, b)
c = dict(a)
c["x"] = 99
print(a == c, c)
a["x"] = 99
print(a == c)
d = {}
for k in "banana":
    d[k] = d.get(k, 0) + 1
print(d, list(d.keys()), list(d.values()))
e = {1: "a", 2: "b"}
e[1] = "A"
print(e)
del e[1]
e[1] = "again"
print(e)
print({1: [1, 2]} == {1: [1, 2]}, {1: [1]} == {1: [2]})
nested = {"in": {"a": 1, "b": 2}}
print(nested == {"in": {"b": 2, "a": 1}})

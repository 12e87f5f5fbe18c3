# popitem() on an empty dict raises KeyError.
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem(), d)
d["z"] = 26
print(list(d.items()), len(d))
d.update({"y": 25, "x": 24})
print(d)
while True:
    k, v = d.popitem()
    print(k, v, len(d))

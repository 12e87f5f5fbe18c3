# pop() without a default raises KeyError for a missing key.
d = {1: "a", 2: "b", 3: "c"}
print(d.pop(1), d)
print(d.pop(1, "gone"))
keys = list(d.keys())
for k in keys:
    print("popping", k, d.pop(k))
print(d, len(d))
d[5] = "e"
print(d.pop(5), d.pop(5, "again"))
print(d.pop(1))

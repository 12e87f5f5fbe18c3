# pop() without a default raises KeyError for a missing key.
d = {1: "a", 2: "b"}
print(d.pop(1), d)
print(d.pop(1, "gone"))
print(d.pop(1))

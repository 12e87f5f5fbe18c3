# Adding keys to a dict while iterating over it raises RuntimeError.
d = {"a": 1, "b": 2}
for k in list(d):
    d[k + k] = 0
print(d)
for k in d:
    d[k] += 1
print(d)
for k in d:
    print(k)
    d[k + "!"] = 0

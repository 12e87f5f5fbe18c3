# del with slices and steps removes many elements at once.
xs = list(range(12))
del xs[2:4]
print(xs)
del xs[::3]
print(xs)
del xs[-2:]
print(xs)
del xs[1::2]
print(xs)
del xs[:]
print(xs, len(xs))
ys = list("abcdefgh")
del ys[::-2]
print(ys)
del ys[10:20]
print(ys)
d = {"a": 1, "b": 2, "c": 3}
del d["a"], d["c"]
print(d)

# Pulling items with next() and a default until the iterator runs out.
it = iter([5, 3, 8])
while True:
    x = next(it, None)
    if x is None:
        break
    print("got", x)
pairs = iter([("a", 1), ("b", 2)])
p = next(pairs, ("?", 0))
while p != ("?", 0):
    print(p[0], p[1])
    p = next(pairs, ("?", 0))
keys = iter({"x": 1, "y": 2, "z": 3})
print(next(keys), next(keys), next(keys), next(keys, "end"))
a = iter([1, 2, 3, 4])
b = iter(["one", "two"])
out = []
for n in a:
    out.append((n, next(b, "-")))
print(out)

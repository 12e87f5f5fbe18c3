# hash() of run-time typed values, which stay usable afterwards.
t = tuple([1, 2])
print(hash(t) == hash((1, 2)))
print(t)
x = 1
print(hash(x) == hash(1.0), x)
x = "s"
print(hash(x) == hash("s"), x)
items = [1, 1.0, True, "a", (1, "a"), None, 2.5]
hashes = [hash(v) for v in items]
print(hashes[0] == hashes[1] == hashes[2], hashes[6] == hash(2.5))
print(items, len(set(hashes)) < len(items))

# hash() of a list taken from a mixed list raises TypeError.
keys = [(1, 2), "a", 3, 2.5, [4, 5]]
hashes = []
for k in keys:
    print("hashing", repr(k))
    h = hash(k)
    hashes.append(h)
    print(len(hashes), type(h).__name__)
print("not reached")

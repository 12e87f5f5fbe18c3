# hash() of a list taken from a mixed list raises TypeError.
keys = [(1, 2), "a", 3, 2.5, [4, 5]]
count = 0
for k in keys:
    print("hashing", repr(k))
    h = hash(k)
    count += 1
    print(count, type(h).__name__)
print("not reached")

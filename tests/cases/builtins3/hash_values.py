# hash() of ints, floats, bools, strs and tuples under PYTHONHASHSEED=0.
for n in [0, 1, -1, -2, 42, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 100, -(2 ** 100)]:
    print(n, hash(n))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(float("inf")), hash(1e100))
print(hash(True), hash(False), hash(None) == hash(None))
for s in ["", "a", "abc", "é", "日本"]:
    print(repr(s), hash(s))
print(hash((1, 2)), hash(()), hash(("a", 1)))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
buckets = [hash(w) % 8 for w in ["apple", "banana", "cherry", "date"]]
print(buckets)

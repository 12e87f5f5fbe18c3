# hash() of ints (modulo 2**61 - 1), -1 mapped to -2, floats equal to ints, and bools.
for n in [0, 1, -1, -2, 42, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30]:
    print(n, hash(n))
for x in [0.0, -0.0, 1.0, 1.5, -1.0, 2.0 ** 64, 1e100, 0.1, float("inf"), float("-inf")]:
    print(x, hash(x))
print(hash(True), hash(False), hash(1) == hash(1.0), hash(2 ** 70) == hash(float(2 ** 70)))
print(hash((1, 2)), hash((1, 2)) == hash((1, 2)), hash((0, 0)))
print(hash("") , hash("a") == hash("a"), hash(b"") == hash(""))

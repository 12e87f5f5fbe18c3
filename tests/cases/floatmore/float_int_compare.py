# Exact comparisons between floats and big ints near the 53-bit limit.
for k in [52, 53, 54, 63, 64, 100]:
    n = 2 ** k
    f = float(n)
    print(k, n == f, n + 1 == f, n + 1 > f, n - 1 < f, int(f) == n, hash(f) == hash(n))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 == float("inf"))
print(0.5 == 1 / 2, 1 / 3 == 0.3333333333333333, 9007199254740993 == 9007199254740992.0)
big = 2 ** 53 + 1
print(big, float(big), int(float(big)), big - int(float(big)))
print(max(big, float(big)), min(big, float(big)), sorted([float(big), big, big - 1]))
print(1e16 == 10 ** 16, 1e23 == 10 ** 23, int(1e23), 10 ** 23 - int(1e23))

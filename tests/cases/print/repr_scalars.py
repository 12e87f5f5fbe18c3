# str() and repr() of scalars: bools, None, ints, floats at the edges of notation.
for v in [0.0, -0.0, 1.0, 1e16, 1e15, 1e+16, 123456789012345678.0, 1e-4, 1e-5, 2.5e-7, 1e100]:
    print(v, repr(v), str(v))
for n in [0, -1, 2 ** 63, -(2 ** 63) - 1, 10 ** 30, 2 ** 200]:
    print(n, repr(n), len(str(n)))
print(True, repr(True), str(False), True + True, -True)
print(None, repr(None), str(None))
print(str(1.0 * 3), str(7 / 7), str(2 ** 0.5), str(float(10 ** 16)))
print(float("1e16"), float("-0"), float("  3.5  "), float("1_000.5"), float("+inf"))
print(repr("a"), repr(1), repr(1.5), repr(True), repr(None))
print(str(0.1 * 3) == repr(0.1 * 3), len(repr(0.1 * 3)))

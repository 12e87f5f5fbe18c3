# repr() of floats is the shortest text that reads back exactly.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e-7, 1e22, 1e23, 123456789.123456789, 5e-324, 2.0 ** 53 + 2]
for v in vals:
    text = repr(v)
    print(text, float(text) == v, len(text))
print(2.0 ** 53 == 2 ** 53 + 1, float(2 ** 53 + 1) == 2 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(0.1 + 0.7, 0.1 * 3, 1.1 * 1.1, 100 * 1.1, 1e16 + 1.0)
x = 1.0
for i in range(6):
    x /= 7.0
    print(i, x, repr(x * 7.0))
print(9.999999999999999e22, 1e-5, 0.0001, 123e-20, 1.5e300 * 1.5e10)

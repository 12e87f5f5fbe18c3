# float.is_integer and float.as_integer_ratio expose exact binary values.
for x in [1.0, 1.5, -2.0, 0.0, -0.0, 1e16, 0.1, 2.5e-5, float("inf"), float("nan")]:
    print(x, x.is_integer())
for x in [0.5, 0.1, 0.75, -3.25, 1e16, 2.0 ** -10]:
    n, d = x.as_integer_ratio()
    print(x, n, d, n / d == x)
print((0.1).hex(), (1.0).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print((1e300).hex(), (5e-324).hex(), float.fromhex("0x1.fffffffffffffp+1023"))
total = 0.0
for i in range(10):
    total += 0.1
print(total, total.is_integer(), total.as_integer_ratio()[1], (1.0).as_integer_ratio())

# float.is_integer() and float.as_integer_ratio() on exact and inexact values.
for x in [1.0, 1.5, -2.0, 0.0, -0.0, 0.1, 1e20, 1e-20, 2.5, 0.75, 1 / 3]:
    n, d = x.as_integer_ratio()
    print(x, x.is_integer(), n, d, n / d == x)
print((3.0).is_integer(), (3.25).as_integer_ratio(), (-0.5).as_integer_ratio())
total = 0.0
for i in range(10):
    total += 0.1
print(total, total.is_integer(), total.as_integer_ratio())
print((2.0 ** 60).as_integer_ratio(), (5e-324).as_integer_ratio()[0])

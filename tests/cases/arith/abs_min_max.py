# abs, min and max on ints and floats.
print(abs(5), abs(-5), abs(0))
print(abs(2.5), abs(-2.5), abs(-0.0), abs(0.0))
print(abs(-9223372036854775808), abs(-10 ** 30))
print(abs(float("-inf")), abs(float("nan")))
print(min(3, 1, 2), max(3, 1, 2))
print(min(-1, -5), max(-1, -5))
print(min(2.5, 1.5), max(2.5, 1.5))
print(min(1.0, 1.0, 0.5, 2.0), max(1.0, 1.0, 0.5, 2.0))
print(min(0.0, -0.0), max(0.0, -0.0))
print(min(-0.0, 0.0), max(-0.0, 0.0))
print(min(7, 7), max(7, 7))
print(max(10 ** 20, 10 ** 19), min(-10 ** 20, -10 ** 19))
print(max(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), min(10, 9, 8, 7, 6, 5, 4, 3, 2, 1))
lo = 1000
hi = -1000
x = 37
for i in range(12):
    x = (x * 73 + 19) % 101
    lo = min(lo, x)
    hi = max(hi, x)
print(lo, hi)
print(abs(-3) + abs(3), max(abs(-7), abs(4)))
print(min(1.5, 2.5) + max(1.5, 2.5))

# round() to an int uses banker's rounding; with ndigits it rounds the exact binary value.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1e16 + 1.0]:
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-0.125, 2))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(1234, -2), round(7, 2))
print(round(0.1 + 0.2, 15), round(1 / 3, 5), round(-1 / 3, 3), round(123.456, 10))
print(round(-0.4), round(-0.0), round(-0.4, 1), round(0.0, 3))
print(round(10 ** 20 + 5, -1), round(2 ** 70, -20), round(1e300, -300))

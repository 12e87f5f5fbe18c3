# int(float) truncates toward zero; // floors; round() rounds half to even.
for x in [2.7, -2.7, 2.5, -2.5, 0.9999, -0.0001, 1e15 + 0.5, 123456789.99, -1e18]:
    print(x, int(x), x // 1, round(x), int(x) == x // 1)
print(int(1e20), int(-1e20), int(2.0 ** 80), int(1.7976931348623157e308) % 1000)
print(int("12"), int(float("12.9")), int(float("-0.5")), int(True))
print(int(7 / 2), 7 // 2, int(-7 / 2), -7 // 2)

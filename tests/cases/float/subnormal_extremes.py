# Behaviour near the limits of the double range.
tiny = 5e-324
print(tiny, tiny * 2, tiny / 2, tiny * 0.5, tiny * 0.6)
print(tiny + tiny == 1e-323, 1e-323)
m = 1.7976931348623157e308
print(m, m * 1.0, m + 1.0 == m, m * 2, m + m)
print(-m * 2)
print(2.2250738585072014e-308 / 2)
print(2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1075)
x = 1.0
e = 0
while x * 2.0 != float("inf"):
    x *= 2.0
    e += 1
print(e, x)
y = 1.0
d = 0
while y / 2.0 != 0.0:
    y /= 2.0
    d += 1
print(d, y)
print(1e308 * 10 / 10)
print(1e-308 * 1e-10)
print(float(2 ** 1023), float(2 ** 1024 - 2 ** 971))

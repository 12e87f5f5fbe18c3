# Conversions between huge ints and floats, and true division of big ints.
print(float(2 ** 100))
print(float(10 ** 308))
print(float(2 ** 53 + 1))
print(float(-(3 ** 100)))
print(2 ** 100 / 3)
print(10 ** 30 / 10 ** 10)
print(1 / 2 ** 100)
print((2 ** 200 + 1) / 2 ** 199)
print(10 ** 400 // 10 ** 399 / 4)
print(2 ** 1000 / 2 ** 999)
print(int(1e300))
print(int(-1.5e25))
print(int(2.0 ** 80), int(2.0 ** 80) == 2 ** 80)
print(int(float(10 ** 22)) == 10 ** 22, int(float(10 ** 23)) == 10 ** 23)
print(2 ** 64 + 0.5, 2 ** 64 * 1.0)
print(10 ** 20 + 0.0, 10 ** 15 + 0.5)
x = 1.0
for i in range(60):
    x = x * 2
print(x, int(x), int(x) == 2 ** 60)
print(3 ** 200 / 3 ** 199)

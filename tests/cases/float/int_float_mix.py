# Mixed int/float arithmetic always yields floats.
print(1 + 2.5, 2.5 + 1, 3 - 0.5, 0.5 - 3)
print(3 * 1.5, 1.5 * 3, 10 - 0.1, 10 * 0.1)
print(2 + 0.0, 2 * 1.0, 0 * 1.5, -1 * 0.0)
print(7 // 2.0, 7 % 2.5, 2 ** 0.5, 2.0 ** 3)
print(1 + 1e-16, 1 + 1e-15)
print(10 ** 15 + 0.3, 10 ** 16 + 0.3)
print(True + 0.5, False * 2.5)
total = 0.0
for i in range(1, 11):
    total += i / 10
print(total)
avg = 0.0
n = 0
for v in range(3, 40, 4):
    avg += v
    n += 1
avg = avg / n
print(avg, n)
c = 25.0
f = c * 9 / 5 + 32
print(f)
k = 0
while k <= 100:
    print(k, k * 9 / 5 + 32)
    k += 25
r = 2
area = 3.14159 * r * r
print(area)
print(1 / 8 * 8, 1 / 49 * 49, 0.1 * 10)

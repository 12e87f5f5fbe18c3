# Integer + - * on small values of every sign combination.
a = 17
b = 5
print(a + b, a - b, a * b)
print(-a + b, -a - b, -a * b)
print(a + -b, a - -b, a * -b)
print(-a + -b, -a - -b, -a * -b)
print(0 + 0, 0 - 0, 0 * 0, 0 * -7)
print(1 - 1, -1 + 1, 1 * -1)
c = a * b - a + b * b
print(c)
d = (a + b) * (a - b)
e = a * a - b * b
print(d, e, d == e)
total = 0
for i in range(1, 11):
    total = total + i * i
print(total)
n = 123
print(n * 1000 + n, n * n * n)
print(7 * 6 - 5 * 4 + 3 * 2 - 1)
print(100 - 99 - 98 - 97)
print(2 * 3 * 4 * 5 * 6 * 7 * 8 * 9)
x = -1
print(x * x, x * x * x, x - x, x + x)

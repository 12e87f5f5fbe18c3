# The / operator always produces a float, even for ints that divide evenly.
print(7 / 2)
print(6 / 3)
print(1 / 3)
print(2 / 3)
print(-7 / 2)
print(7 / -2)
print(-6 / -3)
print(0 / 5)
print(0 / -5)
print(1 / 7)
print(10 / 4)
print(100 / 8)
print(1 / 1000)
print(1 / 100000)
print(22 / 7)
print(355 / 113)
print(7.0 / 2)
print(7 / 2.0)
print(True / 2)
print(3 / True)
x = 9
y = 4
z = x / y
print(z, x // y, x % y)
half = 0.0
for i in range(1, 6):
    half = half + 1 / (2 ** i)
print(half)
print(1 / 3 + 1 / 3 + 1 / 3)
print(12345678901 / 10)
print(2 ** 53 / 1)

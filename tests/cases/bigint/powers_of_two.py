# Powers of two well past 64 bits.
print(2 ** 100)
print(2 ** 63, 2 ** 63 - 1, -(2 ** 63))
print(2 ** 64, 2 ** 64 - 1, 2 ** 64 + 1)
print(2 ** 128)
n = 0
while n <= 200:
    print(n, 2 ** n)
    n += 25
p = 1
for i in range(70):
    p = p * 2
print(p, p == 2 ** 70)
print(2 ** 100 - 2 ** 99 == 2 ** 99)
print(2 ** 200 // 2 ** 150 == 2 ** 50)
print((2 ** 64) * (2 ** 64) == 2 ** 128)
print(-2 ** 65, (-2) ** 65, (-2) ** 66)
print(pow(2, 150), pow(-3, 41))
print(10 ** 30, 10 ** 30 + 1, 10 ** 30 - 1)

# Bitwise operations on huge ints, including negatives (two's complement semantics).
a = 2 ** 100 - 1
b = 2 ** 80 + 12345
print(a & b)
print(a | b)
print(a ^ b)
print(~a)
print(~-a)
print(1 << 200)
print((1 << 200) >> 190)
print(-(1 << 100) >> 3)
print(-(1 << 100) >> 200)
print((-(2 ** 90) - 1) >> 45)
n = -(2 ** 70) - 5
print(n & 0xFFFF, n | 0xFFFF, n ^ 0xFFFF)
print(n & (2 ** 72 - 1))
print(n & -(2 ** 40))
print(n | -(2 ** 40))
print(n ^ -(2 ** 40))
print(-1 & (2 ** 100))
print(12345678901234567890 << 64)
print(12345678901234567890123 >> 7)
x = 1
for i in range(130):
    x = (x << 1) | (i & 1)
print(x)
print(x >> 64, x & ((1 << 64) - 1))
print(0xFFFFFFFFFFFFFFFF + 1, 0xFFFFFFFFFFFFFFFF ^ 0x8000000000000000)

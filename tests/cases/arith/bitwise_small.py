# Bitwise operators on small positive and negative ints.
a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a)
print(a << 1, a << 4, a >> 1, a >> 4)
print(-1 & 255, -1 | 0, -1 ^ 1, -256 & 255)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(12 & -10, 12 | -10, 12 ^ -10)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(-1 >> 1, -2 >> 1, -3 >> 1, -8 >> 2, -9 >> 2)
print(-1 << 3, -5 << 2, 0 << 100, 0 >> 5)
print(1 >> 100, -1 >> 100)
print(True & False, True | False, True ^ True)
# Count set bits of a few numbers
for n in range(0, 40, 7):
    m = n
    bits = 0
    while m:
        bits += m & 1
        m >>= 1
    print(n, bits)
# Power-of-two test
for n in range(1, 18):
    if n & (n - 1) == 0:
        print(n, "is a power of two")
x = 0
for i in range(8):
    x |= 1 << i * 2
print(x)

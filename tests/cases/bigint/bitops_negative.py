# Bitwise operators on negative and huge ints follow two's complement of infinite width.
vals = [-1, -2, -255, -(2 ** 64), 2 ** 64 - 1, -(2 ** 100) + 3]
for a in vals:
    print(a & 0xFF, a | 0xF0, a ^ -1, ~a, a >> 3, a << 5)
print(-1 & (2 ** 70 - 1), -(2 ** 70) | 1, (-(2 ** 70)) >> 69, (-5) >> 100, 5 >> 100)
print((2 ** 100) & -(2 ** 99), (-12345678901234567890) ^ 98765432109876543210)
print(-8 & -12, -8 | -12, -8 ^ -12, ~0, ~-1)
print((1 << 200) >> 199, -1 << 65, (-(1 << 200)) >> 199)
x = 0
for i in range(0, 130, 13):
    x |= 1 << i
print(x, bin(x).count("1"), x.bit_length(), (-x).bit_length())

# bit_length and bit_count for zero, negatives, powers of two and big values.
for n in [0, 1, -1, 2, 3, 7, 8, -8, 255, 256, -257, 2 ** 63, 2 ** 63 - 1, -(2 ** 63), 2 ** 1000]:
    print(n.bit_length(), n.bit_count(), len(bin(abs(n))) - 2 == n.bit_length() or n == 0)
total = 0
for i in range(64):
    total += (1 << i).bit_length()
print(total)
print((10 ** 30).bit_length(), (-(10 ** 30)).bit_count(), (2 ** 200 - 1).bit_count())
print(True.bit_length(), (12).bit_length(), (-12).bit_count())

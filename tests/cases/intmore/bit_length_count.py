# bit_length() and bit_count() of ints, including negatives and big values.
for n in [0, 1, 2, 3, 255, 256, -1, -256, 2 ** 100, 2 ** 100 - 1, -(2 ** 63)]:
    print(n, n.bit_length(), n.bit_count())
x = 1
steps = 0
while x.bit_length() < 40:
    x *= 3
    steps += 1
print(steps, x, x.bit_length())
print((12345).bit_length(), (-12345).bit_count())

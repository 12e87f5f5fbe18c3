# hex/oct/bin of zero, negatives and huge values; round trips through int(s, 0).
for n in [0, 1, -1, 10, -10, 255, -256, 2 ** 64, -(2 ** 64) + 1, 10 ** 25]:
    h = hex(n)
    o = oct(n)
    b = bin(n)
    print(n, h, o, b, int(h, 0) == n, int(o, 0) == n, int(b, 0) == n)
print(hex(True), bin(False), oct(8 ** 10))
print(len(bin(2 ** 100)), bin(2 ** 100).count("0"), hex(2 ** 100 - 1).count("f"))
print(bin(5)[2:].zfill(8), hex(255)[2:].upper(), oct(64)[2:])

# hex(), oct() and bin() of small, negative and big ints.
for n in [0, 1, 7, 8, 15, 16, 255, 256, -1, -255, 2 ** 64, -(2 ** 70)]:
    print(n, hex(n), oct(n), bin(n))
print(hex(0xDEADBEEF), bin(0b1011), oct(0o777))
print(f"{255:x} {255:#X} {8:o} {5:b} {5:#010b}")
print(int(hex(12345), 16) == 12345, int(bin(-99), 2))
digits = 0
n = 2 ** 100
while n > 0:
    digits += 1
    n //= 16
print(digits, len(hex(2 ** 100)) - 2)
print(bin(255).count("1"), hex(48879).upper(), oct(-8)[1:])

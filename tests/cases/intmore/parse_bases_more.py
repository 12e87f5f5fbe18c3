# int(s, base) for bases 2..36 and 0, with prefixes, signs, underscores and spaces.
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("-0x1F", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 8), int("0o17", 0), int("101", 2), int("0b101", 0), int("-0B11", 0))
print(int("z", 36), int("ZZ", 36), int("10", 36), int("Molt", 36), int("11", 3))
print(int(" 42 "), int("\t-7\n"), int("1_0", 0), int("0_7", 8), int("1_2_3"))
print(int("0", 0), int("00", 0), int("000", 10), int("+0x10", 0))
for b in range(2, 37, 5):
    print(b, int("10", b), int("11", b))
print(int("123456789abcdefghijklmnopqrstuvwxyz", 36))
print(int(True), int(-3.99), int(3.99), int("-0"))

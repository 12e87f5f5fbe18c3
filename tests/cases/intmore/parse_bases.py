# int(s, base) for bases 2..36 and base 0 (prefix-detected).
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("1010", 2), int("0b1010", 2))
print(int("777", 8), int("0o777", 8), int("z", 36), int("Zz", 36), int("10", 3))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("42", 0), int("0", 0))
print(int("  -7f  ", 16), int("+101", 2), int("1_000", 10), int("f_f", 16))
print(int("١٢٣"), int("٣", 10), int("𝟗"))
print(int("123456789abcdef0123456789abcdef", 16))
for b in range(2, 37, 5):
    print(b, int("11", b), int("10" * 5, b))
codes = [int(c, 36) for c in "molt"]
print(codes, sum(codes))

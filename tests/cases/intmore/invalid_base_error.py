# int() with a base outside 2..36 raises ValueError.
for base in [2, 10, 16, 36]:
    print(base, int("10", base), int("1" * 3, base))
print(int("z", 36), int("Z", 36))
digits = "0123456789abcdefghijklmnopqrstuvwxyz"
print(len(digits), int(digits[1:], 36) > 10 ** 50)
base = 36
print(int("10", base))
base += 1
print(int("10", base))

# Formatting ints with grouping, signs, padding and bases.
for n in [0, 7, -7, 1234, -1234567, 2 ** 40]:
    print(f"{n:>12,}|{n:<+8}|{n:^10_}|{n:012d}|{n:#x}")
print(format(255, "08b"), format(-255, "#o"), format(10 ** 20, ","))
print(f"{1234567:_x} {0b1111_0000:#_b}")
print(str(10 ** 50)[:10], len(str(2 ** 1000)), repr(-0))
for base, code in [(2, "b"), (8, "o"), (16, "x")]:
    text = format(2024, code)
    print(base, text, int(text, base))
print(f"{-42:=+8}", f"{42:*^9}", f"{42:c}")

# Base 0 detects the prefix, and rejects leading zeros in a decimal literal.
for text in ["0", "0x10", "0o10", "0b10", "10", "-0x10", "1_0"]:
    print(repr(text), int(text, 0))
print(int("010"), int("010", 10), int("00", 0))
print(int("010", 8), int("0o010", 0))
for text in ["0_0", "00", "0x_1f"]:
    print(repr(text), int(text, 0))
print(int("0" * 5, 0), int("-0", 0))
print(int("007", 10))
print(int("010", 0))

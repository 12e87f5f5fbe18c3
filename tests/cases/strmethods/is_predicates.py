# isdigit/isalpha/isalnum/isspace/isupper/islower on ASCII and beyond.
samples = ["123", "abc", "abc123", "   ", "", "ABC", "Abc", "a b", "\t\n", "é", "²", "日本", "١٢٣", "x!"]
for s in samples:
    print(repr(s).ljust(10), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower())
print("HELLO WORLD".isupper(), "hello world 1".islower(), "123".isupper())
digits = 0
letters = 0
spaces = 0
other = 0
for ch in "Hello, World! 2024 is here.":
    if ch.isdigit():
        digits += 1
    elif ch.isalpha():
        letters += 1
    elif ch.isspace():
        spaces += 1
    else:
        other += 1
print(digits, letters, spaces, other)

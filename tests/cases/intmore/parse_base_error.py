# A digit outside the base raises ValueError naming the base.
print(int("ff", 16), int("17", 8), int("101", 2))
words = ["cafe", "beef", "dead"]
for w in words:
    print(w, int(w, 16))
print(int("z", 36) - int("10", 36))
print(int("0x1A", 16), int("1a", 16))
bad = "g"
print(repr(bad), bad.isalnum())
print(int(bad, 16))

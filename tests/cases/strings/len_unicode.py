# len() counts code points, not bytes.
print(len(""), len("a"), len("hello"), len(" "))
print(len("café"), len("naïve"), len("日本語"), len("😀"), len("👍🏽"))
print(len("a\tb\nc"), len("\\"), len("\x00"), len("\u00e9"), len("e\u0301"))
print(len("ab" * 50), len("日" * 7))
s = "Hello, 世界! 🌍"
print(s, len(s))
print(len(str(12345)), len(str(-0.5)), len(str(2 ** 64)), len(str(True)))
print(len(repr("é")), len(repr("\n")), len(repr("'")))
total = 0
words = "one" + "two" + "three"
total += len(words)
print(total, len(words) == 3 + 3 + 5)
print(len(f"{3.14159:.2f}"), len(f"{'x':>10}"))

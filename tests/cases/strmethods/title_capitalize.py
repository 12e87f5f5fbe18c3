# title() starts a word after any non-letter; capitalize() lowercases the rest.
samples = ["hello world", "HELLO WORLD", "hello-world", "they're bill's friends",
           "3rd place", "x1y2z3", "o'neil mcdonald", "ñandú épico", "a_b c.d", "", " spaced  out "]
for s in samples:
    print(repr(s), repr(s.title()), repr(s.capitalize()), s.istitle(), s.title().istitle())
print("ǆ".title(), "ǆ".capitalize(), "ǆ".upper())
print("ﬁsh".title(), "ﬁsh".capitalize())
print("mIXED cASE".capitalize(), "mIXED cASE".title(), "mIXED cASE".swapcase())

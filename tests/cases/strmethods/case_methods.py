# upper/lower/title/capitalize/swapcase, including non-ASCII letters.
s = "hello World, it's a fine DAY"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("straße".upper(), "STRASSE".lower(), "ǅemal".lower())
print("éclair".capitalize(), "ÉCOLE".lower(), "ñandú".upper())
print("hello-world foo_bar 3rd".title())
print("ΑΒΓ δεζ".lower(), "ΑΒΓ δεζ".upper(), "ΑΒΓ".swapcase())
print("日本".upper(), "123abc".upper(), "".title())
words = "the lord of the rings".split()
caps: list[str] = []
for w in words:
    caps.append(w.capitalize())
print(" ".join(caps))
print("mIxEd CaSe".swapcase().swapcase())

# ord() and chr() across ASCII, Latin-1, the BMP and astral planes.
for ch in ["A", "a", "0", " ", "~", "é", "ß", "€", "日", "😀", "\n", "\x00"]:
    print(repr(ch), ord(ch))
for code in [65, 97, 48, 233, 946, 8364, 26085, 128512, 10, 127]:
    print(code, repr(chr(code)))
alphabet = ""
for i in range(26):
    alphabet += chr(ord("a") + i)
print(alphabet)
print(chr(ord("Z") + 1), ord(chr(1114111)), chr(0x1F600) == "😀")
rot13 = ""
for c in "Hello":
    if "a" <= c <= "z":
        rot13 += chr((ord(c) - ord("a") + 13) % 26 + ord("a"))
    else:
        rot13 += chr((ord(c) - ord("A") + 13) % 26 + ord("A"))
print(rot13)

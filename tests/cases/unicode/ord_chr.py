# ord and chr across the Unicode planes.
for c in ["A", "é", "€", "日", "😀", "\x00", "\x7f", "\uffff", "\U0010ffff"]:
    print(repr(c), ord(c), hex(ord(c)), len(c.encode("utf-8")))
for n in [65, 233, 8364, 26085, 128512, 0x10FFFF, 0xE000, 0x2028]:
    c = chr(n)
    print(n, repr(c), ord(c) == n)
alphabet = "".join([chr(ord("α") + i) for i in range(10)])
print(alphabet, len(alphabet))
shifted = "".join([chr(ord(c) + 1) for c in "HAL"])
print(shifted)
print(sorted("été日😀a"), max("ñandú"), min("ñandú"))
print("é" < "z", "z" < "é", "日" > "😀", "Z" < "a")

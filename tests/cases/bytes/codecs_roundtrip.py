# encode/decode with utf-8, ascii and latin-1, and bytes() from a str with an encoding.
text = "Zoë naïve"
for enc in ["utf-8", "latin-1"]:
    raw = text.encode(enc)
    print(enc, raw, len(raw), raw.decode(enc), raw.decode(enc) == text)
print("plain".encode("ascii"), b"plain".decode("ascii"))
print(bytes("ÿ", "latin-1"), bytes("ÿ", "utf-8"), b"\xc3\xbf".decode("utf-8"))
latin = bytes(range(0xE0, 0xE8))
print(latin.decode("latin-1"), latin.decode("latin-1").encode("utf-8"))
print("abc".encode("UTF-8"), "abc".encode("utf8"), "é".encode("Latin-1"))
print(b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"))
print("x".encode() == b"x", len("€".encode()), len("€".encode("utf-8")))

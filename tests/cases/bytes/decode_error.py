# Decoding invalid UTF-8 raises UnicodeDecodeError.
good = b"caf\xc3\xa9"
print(good.decode(), len(good), len(good.decode()))
chunks = [b"ok", b"\xe6\x97\xa5", b"\xf0\x9f\x98\x80"]
for c in chunks:
    print(c, c.decode(), len(c.decode()))
bad = b"caf\xe9!"
print(len(bad), bad.decode("latin-1"))
print(bad.decode("utf-8", "replace"))
print(bad.decode())

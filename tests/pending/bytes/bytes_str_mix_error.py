# Concatenating bytes and str raises TypeError.
b = b"abc"
s = "def"
print(b + s.encode())
print(b.decode() + s)
combined = b""
for piece in [b"x", s.encode(), b"!"]:
    combined += piece
    print(combined, len(combined))
print(b + s)

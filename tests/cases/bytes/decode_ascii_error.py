# Decoding a non-ASCII byte as ascii raises UnicodeDecodeError with CPython's message.
ok = b"hello".decode("ascii")
print(ok)
data = b"abc\xe9def"
print(data.decode("latin-1"))
print(data.decode("ascii"))

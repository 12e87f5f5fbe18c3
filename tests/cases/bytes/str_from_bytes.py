# str(bytes, encoding) decodes like bytes.decode(encoding).
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"abc", "ascii"))

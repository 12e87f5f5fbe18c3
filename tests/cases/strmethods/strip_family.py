# strip/lstrip/rstrip, with default whitespace and with explicit chars.
s = " \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("www.example.com".strip("cmowz."))
print("<<a>>".strip("<>"), "abcba".strip("ab"), "abc".strip(""))
print(repr("   ".strip()), repr("".strip()))
print("0012300".strip("0"), "0012300".lstrip("0"), "0012300".rstrip("0"))
print("¡¡hola!!".strip("¡!"), "—dash—".strip("—"))
print(repr("\u3000wide\u3000".strip()))
line = "  key = value  "
print("[" + line.strip() + "]", "[" + line.rstrip() + "]")
print("mississippi".rstrip("ip"), "mississippi".lstrip("mis"))

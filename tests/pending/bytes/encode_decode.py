# Encoding strs to UTF-8 and other codecs, and decoding back.
for s in ["abc", "é", "ß", "€", "日本", "😀", ""]:
    b = s.encode()
    print(repr(s), b, len(s), len(b), b.decode() == s)
print("é".encode("latin-1"), "é".encode("utf-16-le"), "A".encode("utf-32-be"))
print(b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"))
print("naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"))
print("naïve".encode("ascii", "xmlcharrefreplace"), "naïve".encode("ascii", "backslashreplace"))
print(b"ab\xffcd".decode("utf-8", "replace"), b"ab\xffcd".decode("utf-8", "ignore"))
print(b"ab\xffcd".decode("utf-8", "backslashreplace"))
print(len("😀".encode("utf-16")), "x".encode("utf-8-sig"))

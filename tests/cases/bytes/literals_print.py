# bytes literals and their repr: printable ASCII, escapes and quotes.
print(b"hello", b"", b"it's", b'say "hi"', b"both ' and \"")
print(b"\x00\x01\x7f\x80\xff")
print(b"tab\tnew\nret\rback\\")
print(b"\x41\x42\x43", b"\101")
data = b"abc"
print(len(data), data, str(data), repr(data))
print(f"{data} {data!r}")
print(rb"\n raw", len(rb"\n"))
print(b"ab" b"cd", type(b"").__name__)
print([b"x", b"y"], (b"1", 2))

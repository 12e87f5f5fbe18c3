# Indexing bytes gives ints; slicing gives bytes, with steps and negative bounds.
b = b"hello world"
print(b[0], b[-1], b[4], [b[i] for i in range(3)])
print(b[:5], b[6:], b[::2], b[::-1], b[-5:-1], b[100:], b[3:3])
print(b[1:9:3], b[9:1:-3])
print(len(b), b"o" in b, 111 in b, b"xyz" in b, b"" in b)
print(list(b[:4]), sum(b), max(b), min(b))
ba = bytearray(b"abcdef")
print(ba[0], ba[-1], ba[1:4], ba[::-1])
ba[0] = 65
ba[-1] = 70
print(ba, bytes(ba))
print(b"ab" + b"cd", b"ab" * 3, b"x" * 0, b"a" < b"b", b"abc" == b"abc")
for byte in b"AZ":
    print(byte, chr(byte))

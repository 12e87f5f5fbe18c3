# Indexing bytes gives ints; slicing gives bytes; iteration yields ints.
b = b"Hello, bytes!"
print(b[0], b[-1], b[1:5], b[::-1], b[::2])
total = 0
for x in b:
    total += x
print(total, list(b[:5]), sum(b))
print(b[7:12].upper(), bytes([b[0]]), b[0:1] == b"H")
print(b"a" < b"b", b"abc" < b"abd", b"ab" < b"abc", b"" == bytes())
print(72 in b, b"llo" in b, b"xyz" in b)
print(b.count(b"l"), b.find(b"bytes"), b.index(b"!"), b.rfind(b"l"))

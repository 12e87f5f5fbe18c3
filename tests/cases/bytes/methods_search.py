# find/rfind/index/count/replace/split/join/strip/startswith on bytes.
b = b"one two three two one"
print(b.find(b"two"), b.rfind(b"two"), b.find(b"four"), b.index(b"three"), b.rindex(b"one"))
print(b.count(b"o"), b.count(b"two"), b.count(b""))
print(b.replace(b"two", b"2"), b.replace(b"o", b"0", 2))
print(b.split(), b.split(b" t"), b.split(b" ", 2), b.rsplit(b" ", 1))
print(b" ".join([b"a", b"b", b"c"]), b"".join([b"x", b"y"]), b", ".join([bytes([65]), b"B"]))
print(b"  pad \n".strip(), b"xxabxx".strip(b"x"), b"xxab".lstrip(b"x"), b"abyy".rstrip(b"y"))
print(b.startswith(b"one"), b.endswith(b"one"), b.startswith(b"two", 4), b.endswith(b"two", 0, 7))
print(b"Hello".upper(), b"Hello".lower())

# hash() of strs and bytes is SipHash with a seed fixed by PYTHONHASHSEED=0.
for s in ["a", "abc", "hello world", "é", "日本", "😀"]:
    print(repr(s), hash(s))
for b in [b"a", b"abc", b"hello world"]:
    print(b, hash(b), hash(b) == hash(b.decode()))
print(hash(("a", 1)), hash(("a", "b")), hash(frozenset([1, 2, 3])))

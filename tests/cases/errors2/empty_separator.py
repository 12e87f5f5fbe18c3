# split() with an empty separator raises ValueError.
print("a,b".split(","))
for sep in [",", ";", " "]:
    print(repr(sep), "a,b;c d".split(sep))
print("abc".split("abc"), "abc".split("x"))
print(list("a,b"))
sep = ""
print(len(sep))
print("a  b".split(), "a  b".split(" "))
print("a,b".split(sep))

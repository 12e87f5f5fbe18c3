# print() uses str(); repr() shows quotes and escapes.
s = "it's"
print(s, repr(s))
t = 'say "hi"'
print(t, repr(t))
u = "both ' and \""
print(u, repr(u))
print("line1\nline2")
print(repr("line1\nline2"))
print(repr("\t\r\x00\x1f\x7f"))
print(repr("back\\slash"), "back\\slash")
print(1.0, repr(1.0), str(1.0))
print(10, repr(10), str(10))
print(True, repr(True), None, repr(None))
print(repr(""), repr(" "), repr("''"), repr('""'))
print(repr("é日本😀"))
print(repr("\u200b"), repr("\u00a0"), repr("\xad"))

# partition and rpartition always return three strs.
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("no-sep".partition("="), "no-sep".rpartition("="))
print("=start".partition("="), "end=".rpartition("="))
url = "https://example.com/path/to/page"
scheme, sep, rest = url.partition("://")
host, slash, path = rest.partition("/")
print(scheme, sep, host, slash + path)
head, dot, tail = "file.name.txt".rpartition(".")
print(head, dot, tail)
h2, d2, t2 = "noext".rpartition(".")
print(repr(h2), repr(d2), repr(t2))
print("α→β→γ".partition("→"), "α→β→γ".rpartition("→"))

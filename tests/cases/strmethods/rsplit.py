# rsplit() splits from the right, which only matters with maxsplit.
path = "/usr/local/lib/python3.12/site.py"
print(path.rsplit("/", 1))
print(path.rsplit("/", 2))
print(path.split("/", 2))
print(path.rsplit("/"))
print(path.rsplit(".", 1)[0], path.rsplit(".", 1)[1])
print("  a b  c  ".rsplit(), "  a b  c  ".rsplit(" ", 3))
print("a,b,c".rsplit(",", 0), "a,b,c".rsplit(",", 5))
print("".rsplit("x"), "x".rsplit("x"))
name = "archive.tar.gz"
stem = name.rsplit(".", 1)[0]
ext = name.rsplit(".", 1)[-1]
print(stem, ext)
print("1.2.3.4".rsplit(".", 2))

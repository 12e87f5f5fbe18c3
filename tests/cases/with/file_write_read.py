# Writing a text file with open("w") and reading it back with read().
import os

name = "molt_test_write_read.txt"
with open(name, "w") as f:
    n = f.write("hello\n")
    f.write("second line\n")
    f.write("third")
print("wrote", n)
with open(name) as f:
    content = f.read()
print(repr(content))
print(content.splitlines())
with open(name, "r") as f:
    print(repr(f.read(3)))
    print(repr(f.read()))
print(f.closed)
os.remove(name)
print(os.path.exists(name))

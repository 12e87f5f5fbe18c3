# Iterating a text file line by line with `for line in f` and readline().
import os

name = "molt_test_iter_lines.txt"
with open(name, "w") as f:
    for i in range(1, 5):
        f.write("line " + str(i) + "\n")
with open(name) as f:
    for line in f:
        print(repr(line))
with open(name) as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    rest = [line.rstrip("\n") for line in f]
print(rest)
with open(name) as f:
    print(sum(1 for _ in f))
os.remove(name)
print(os.path.exists(name))

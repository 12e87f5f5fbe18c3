# Append mode "a" adds to the end of an existing file.
import os

name = "molt_test_append.txt"
with open(name, "w") as f:
    f.write("start\n")
for i in range(3):
    with open(name, "a") as f:
        f.write("appended " + str(i) + "\n")
with open(name) as f:
    print(f.read(), end="")
with open(name, "w") as f:
    f.write("overwritten\n")
with open(name, "a") as f:
    f.write("tail\n")
with open(name) as f:
    print(f.readlines())
os.remove(name)
print(os.path.exists(name))

# readlines() returns a list of lines with their newlines, and writelines() writes them.
import os

name = "molt_test_readlines.txt"
with open(name, "w") as f:
    f.writelines(["alpha\n", "beta\n", "gamma\n"])
    f.write("delta")
with open(name) as f:
    lines = f.readlines()
print(lines)
print(len(lines))
print([ln.strip().upper() for ln in lines])
with open(name) as f:
    print(f.readlines()[-1])
os.remove(name)
print(os.path.exists(name))

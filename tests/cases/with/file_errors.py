# Missing files raise FileNotFoundError with CPython's message; a closed file refuses I/O.
import contextlib
import os

name = "molt_test_file_errors.txt"
try:
    with open(name) as f:
        print("unexpected", f.read())
except FileNotFoundError as e:
    print(type(e).__name__, e)
    print(e.args)
except OSError as e:
    print("other", e)
try:
    os.remove(name)
except OSError as e:
    print("remove:", e)
with open(name, "w") as out:
    out.write("kept\n")
try:
    out.write("more")
except ValueError as e:
    print("closed:", e)
with contextlib.suppress(FileNotFoundError):
    os.remove("molt_no_such_file.txt")
    print("not reached")
with open(name) as src:
    print(src.readline().strip(), repr(src.readline()))
os.remove(name)
print(os.path.exists(name))

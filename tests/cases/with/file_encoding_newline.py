# open() with an encoding and a newline mode: Latin-1 and ASCII text, and
# each newline mode's line endings on writing and reading.
import os

path = "molt_case_file_encoding_newline.txt"

with open(path, "w", encoding="latin1", newline="") as f:
    print(f.write("caf\xe9\n"))
    print(f.write("%c%c%c" % (255, 10, 13)))
    print(f.write("a\r\nb\rc\n"))
with open(path, "rb") as raw:
    print(raw.read())

for newline in [None, "", "\n", "\r", "\r\n"]:
    with open(path, "r", encoding="latin-1", newline=newline) as f:
        print(repr(newline), f.readlines())
    with open(path, encoding="ISO-8859-1", newline=newline) as f:
        print(repr(newline), [line for line in f])

with open(path, "w", encoding="Latin_1", newline="\r\n") as f:
    f.write("x\ny\n")
with open(path, "rb") as raw:
    print(raw.read())
with open(path, "w", newline="\r") as f:
    f.write("x\ny\n")
with open(path, "rb") as raw:
    print(raw.read())

with open(path, "w", encoding="latin1") as f:
    try:
        f.write("price: \u20ac5")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
    f.write("ok\n")
with open(path, "w", encoding="ascii") as f:
    try:
        f.write("caf\xe9")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
with open(path, "w", encoding="latin1") as f:
    f.write("caf\xe9")
try:
    with open(path, encoding="ascii") as f:
        print(f.read())
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(path, encoding="utf-8", newline=None) as f:
    try:
        print(f.read())
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
os.remove(path)

# A bad newline is found after the file is created, as CPython does.
for bad in ["\n\n", "x"]:
    try:
        open(path, "w", newline=bad)
    except ValueError as e:
        print("ValueError:", e, os.path.exists(path))
    os.remove(path)

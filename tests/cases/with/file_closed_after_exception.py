# A file opened in a with block is closed even when the block raises.
import os

name = "molt_test_closed_exc.txt"
with open(name, "w") as f:
    f.write("10\n20\nthirty\n40\n")
total = 0
try:
    with open(name) as fh:
        for line in fh:
            total += int(line)
            print("running total", total)
except ValueError as e:
    print("ValueError:", e)
print(fh.closed, total)
os.remove(name)
print(os.path.exists(name))

# Output printed with end="" is still flushed when sys.exit() runs.
import sys

print("progress:", end=" ")
for i in range(5):
    print(i, end=" ")
print("done")
print("last line")
sys.exit(5)

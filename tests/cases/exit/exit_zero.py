# sys.exit(0) stops the program with status 0; later code never runs.
import sys

print("before exit")
for i in range(3):
    print("line", i)
sys.exit(0)
print("never printed")

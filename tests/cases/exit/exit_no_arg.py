# sys.exit() with no argument exits with status 0.
import sys

total = 0
for i in range(10):
    total += i
print("total", total)
sys.exit()
print("unreachable")

# sys.exit(3) exits with status 3 and prints nothing to stderr.
import sys

print("about to exit with 3")
code = 1 + 2
print("code is", code)
sys.exit(3)
print("unreachable")

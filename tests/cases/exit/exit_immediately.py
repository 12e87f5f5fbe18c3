# A program whose first action is to exit: stdout stays empty.
import sys

sys.exit(2)
print("unreachable")

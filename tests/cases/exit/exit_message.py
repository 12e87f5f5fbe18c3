# sys.exit("message") writes the message to stderr and exits with status 1.
import sys

print("checking input")
value = -5
if value < 0:
    print("value is negative")
    sys.exit("error: value must be non-negative")
print("unreachable")

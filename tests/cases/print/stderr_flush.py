# print(..., file=sys.stderr) goes to stderr; flush=True, sep= and end= still apply.
import sys

print("to stdout", 1, 2, sep="-", end="!\n")
print("warning:", "first", file=sys.stderr)
print("flushed", flush=True)
print("a", "b", "c", sep="", end="")
print(" same line")
print("err", "parts", sep="|", file=sys.stderr, flush=True)
for i in range(3):
    print(i, end=" ", flush=True)
print()
print("last stderr line", 42, file=sys.stderr)
sys.exit(3)

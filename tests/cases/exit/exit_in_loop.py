# sys.exit() from inside nested loops once a search succeeds.
import sys

target = 391
for a in range(2, 100):
    for b in range(a, 100):
        if a * b == target:
            print("found", a, "*", b, "=", target)
            sys.exit(0)
    if a % 5 == 0:
        print("still searching at", a)
print("not found")
sys.exit(1)

# sys.exit() with a computed status inside a while loop.
import sys

n = 1
while True:
    n *= 3
    print("n =", n)
    if n > 200:
        print("exiting with", n % 256)
        sys.exit(n % 256)

# sys.exit() called deep inside nested function calls.
import sys


def level3(n: int) -> int:
    print("level3", n)
    if n > 2:
        sys.exit(4)
    return n


def level2(n: int) -> int:
    print("level2", n)
    return level3(n + 1) + 1


def level1(n: int) -> int:
    print("level1", n)
    return level2(n + 1) + 1


print(level1(0))
print(level1(1))
print("unreachable")

# With a higher recursion limit, recursion some thousands of frames deep works, as in CPython.
import sys


def count_down(n: int) -> int:
    if n == 0:
        return 0
    return 1 + count_down(n - 1)


def is_even(n: int) -> bool:
    return True if n == 0 else is_odd(n - 1)


def is_odd(n: int) -> bool:
    return False if n == 0 else is_even(n - 1)


sys.setrecursionlimit(20000)
print(count_down(15000))
print(is_even(12000), is_odd(12001))
try:
    count_down(30000)
except RecursionError as e:
    print("still limited:", e)

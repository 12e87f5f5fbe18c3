"""Recursive fib(32): function calls and small-int arithmetic."""


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(32))

"""Recursive fib(N): function calls and small-int arithmetic."""

N = 34  # smoke: 20


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(N))

# A memoizing decorator keeps its cache dict in a closure; the recursive calls go through the cache.
from typing import Callable

calls = [0]


def memoize(f: Callable[[int], int]) -> Callable[[int], int]:
    cache: dict[int, int] = {}

    def wrapper(n: int) -> int:
        if n not in cache:
            cache[n] = f(n)
        return cache[n]

    return wrapper


@memoize
def fib(n: int) -> int:
    calls[0] += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(30))
print("calls:", calls[0])
print(fib(60))
print("calls:", calls[0])
print(fib(10), "calls:", calls[0])
print(fib(90))

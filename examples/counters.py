"""Functions as values: a closure counter, a decorator that logs calls and
a memoized recursive function."""
import functools
from typing import Callable


def make_counter(start: int) -> Callable[[], int]:
    count = start

    def next_value() -> int:
        nonlocal count
        count += 1
        return count

    return next_value


def logged(f: Callable[[int], int]) -> Callable[[int], int]:
    def wrapper(n: int) -> int:
        result = f(n)
        print(f"  called with {n} -> {result}")
        return result

    return wrapper


@logged
def square(n: int) -> int:
    return n * n


@functools.lru_cache(maxsize=None)
def ways(n: int) -> int:
    """Ways to climb n stairs taking 1 or 2 at a time."""
    if n <= 1:
        return 1
    return ways(n - 1) + ways(n - 2)


tickets = make_counter(100)
print(tickets(), tickets(), tickets())
print(square(7) + square(3))
print(ways(60), ways.cache_info())

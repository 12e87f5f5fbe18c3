# functools.lru_cache(maxsize=None) memoizes a recursive fib; cache_info reports hits and misses.
import functools


@functools.lru_cache(maxsize=None)
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(80))
print(fib.cache_info())
print(fib(80))
print(fib.cache_info())
print(fib(10), fib(90))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(fib(5))
print(fib.cache_info())

# A bounded lru_cache evicts the least recently used entry; cache_info tracks hits, misses and size.
import functools

calls: list[int] = []


@functools.lru_cache(maxsize=2)
def slow_square(n: int) -> int:
    calls.append(n)
    return n * n


for n in [1, 2, 1, 3, 2, 1, 1]:
    print(n, slow_square(n))
print("computed:", calls)
print(slow_square.cache_info())


@functools.lru_cache
def bare(n: int) -> int:
    return n + 1


print(bare(1), bare(1), bare(2))
print(bare.cache_info())

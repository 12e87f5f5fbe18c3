# Nested generator functions: a def inside a def that yields, using the outer parameters.
from typing import Iterator


def make_batches(items: list[str], size: int) -> list[list[str]]:
    def batches() -> Iterator[list[str]]:
        start = 0
        while start < len(items):
            yield items[start:start + size]
            start += size
    return list(batches())


def countdown_twice(n: int) -> list[int]:
    def down(k: int) -> Iterator[int]:
        while k > 0:
            yield k
            k -= 1
    out: list[int] = []
    for v in down(n):
        out.append(v)
    out.extend(down(n - 1))
    return out


print(make_batches(["a", "b", "c", "d", "e"], 2))
no_items: list[str] = []
print(make_batches(no_items, 3))
print(countdown_twice(4))
print(countdown_twice(1))

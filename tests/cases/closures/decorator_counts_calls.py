# A decorator attaches call counting through a closure and exposes the count via a helper.
from typing import Callable

counts: dict[str, int] = {}


def counted(f: Callable[[int], int]) -> Callable[[int], int]:
    name = f.__name__
    counts[name] = 0

    def wrapper(x: int) -> int:
        counts[name] += 1
        return f(x)

    return wrapper


@counted
def fact(n: int) -> int:
    return 1 if n <= 1 else n * fact(n - 1)


@counted
def halve(n: int) -> int:
    return n // 2


print(fact(10))
print(counts)
print(halve(halve(halve(100))))
print(fact(3), counts)
print(sorted(counts.items()))

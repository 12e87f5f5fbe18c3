# next() on a generator, with a default after exhaustion and StopIteration caught without one.
from typing import Iterator


def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1


g = countdown(3)
print(next(g))
print(next(g))
print(next(g))
print(next(g, -1))
print(next(g, 99))
try:
    next(g)
    print("not reached")
except StopIteration:
    print("StopIteration caught")
empty = countdown(0)
print(next(empty, 0))

# yield from delegating to other generators, in order.
from typing import Iterator


def up(n: int) -> Iterator[int]:
    for i in range(n):
        yield i


def down(n: int) -> Iterator[int]:
    for i in range(n, 0, -1):
        yield i


def mountain(n: int) -> Iterator[int]:
    yield from up(n)
    yield n
    yield from down(n - 1)


print(list(mountain(4)))
print(list(mountain(1)))
print(sum(mountain(5)))
for v in mountain(2):
    print("step", v)

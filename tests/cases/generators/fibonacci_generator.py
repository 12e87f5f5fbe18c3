# A fibonacci generator, both bounded and infinite with islice and takewhile.
import itertools
from typing import Iterator


def fib() -> Iterator[int]:
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def fib_upto(limit: int) -> Iterator[int]:
    for f in fib():
        if f > limit:
            return
        yield f


print(list(itertools.islice(fib(), 15)))
print(list(fib_upto(100)))
print(sum(f for f in fib_upto(4000000) if f % 2 == 0))
print(list(itertools.takewhile(lambda x: x < 50, fib())))
g = fib()
for _ in range(90):
    next(g)
print(next(g))

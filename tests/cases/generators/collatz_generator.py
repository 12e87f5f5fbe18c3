# A Collatz sequence generator and the longest chain below a bound.
from typing import Iterator


def collatz(n: int) -> Iterator[int]:
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


print(list(collatz(6)))
print(list(collatz(1)))
print(len(list(collatz(27))), max(collatz(27)))
best = max(range(1, 1000), key=lambda n: sum(1 for _ in collatz(n)))
print(best, sum(1 for _ in collatz(best)))

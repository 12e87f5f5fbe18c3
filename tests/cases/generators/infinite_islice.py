# Infinite generators sliced lazily with itertools.islice.
import itertools
from typing import Iterator


def powers_of(base: int) -> Iterator[int]:
    value = 1
    while True:
        yield value
        value *= base


print(list(itertools.islice(powers_of(2), 10)))
print(list(itertools.islice(powers_of(3), 2, 6)))
print(list(itertools.islice(powers_of(10), 0, 8, 3)))
print(sum(itertools.islice(powers_of(2), 64)))
g = powers_of(5)
print(list(itertools.islice(g, 3)))
print(list(itertools.islice(g, 3)))

# Infinite generators sliced with itertools.islice and stopped with next()/break.
from itertools import count, islice
from typing import Iterator


def primes() -> Iterator[int]:
    found: list[int] = []
    n = 2
    while True:
        if all(n % p != 0 for p in found):
            found.append(n)
            yield n
        n += 1


def triangular() -> Iterator[int]:
    total = 0
    for k in count(1):
        total += k
        yield total


print(list(islice(primes(), 10)))
print(list(islice(primes(), 5, 9)))
tri = triangular()
print(list(islice(tri, 4)), next(tri))
first_big = next(t for t in triangular() if t > 50)
print("first over 50:", first_big)
print(list(islice((p * p for p in primes()), 4)))

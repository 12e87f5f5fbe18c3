# An incremental prime generator using a dict of upcoming composites.
import itertools
from typing import Iterator


def primes() -> Iterator[int]:
    composites: dict[int, list[int]] = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites[n]:
                composites.setdefault(n + p, []).append(p)
            del composites[n]
        n += 1


print(list(itertools.islice(primes(), 20)))
for p in primes():
    if p > 1000:
        print("first prime over 1000:", p)
        break
print(sum(itertools.takewhile(lambda p: p < 100, primes())))

# An infinite generator consumed lazily with a break.
from typing import Iterator


def naturals(start: int) -> Iterator[int]:
    n = start
    while True:
        yield n
        n += 1


for n in naturals(10):
    if n * n > 200:
        print("first square over 200 is of", n)
        break
    print(n, n * n)
g = naturals(0)
print(next(g), next(g), next(g))
print(next(g) + next(g))

# A generator yielding squares in a loop, consumed by sum(), list(), max() and min().
from typing import Iterator


def squares(n: int) -> Iterator[int]:
    for i in range(n):
        yield i * i


print(sum(squares(5)))
print(list(squares(6)))
print(max(squares(7)))
print(min(squares(4)))
print(sum(squares(0)))
print(list(squares(0)))
print(sum(x for x in squares(10) if x % 2 == 1))

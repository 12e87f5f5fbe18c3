# A generator keeping state in local variables across yields (running total and max).
from typing import Iterator


def running_stats(xs: list[int]) -> Iterator[tuple[int, int, int]]:
    total = 0
    best = xs[0] if xs else 0
    count = 0
    for x in xs:
        total += x
        count += 1
        if x > best:
            best = x
        yield (count, total, best)


for count, total, best in running_stats([4, -2, 9, 3, 9, 1]):
    print(count, total, best)
print(list(running_stats([])))
print(list(running_stats([5])))

# A generator yielding sliding windows as tuples and their moving averages.
from typing import Iterator


def windows(xs: list[int], k: int) -> Iterator[tuple[int, ...]]:
    for i in range(len(xs) - k + 1):
        yield tuple(xs[i:i + k])


def moving_average(xs: list[int], k: int) -> Iterator[float]:
    for w in windows(xs, k):
        yield sum(w) / k


data = [2, 4, 6, 8, 10, 3]
for w in windows(data, 3):
    print(w)
print([round(a, 2) for a in moving_average(data, 2)])
print(list(windows(data, 7)))
print(list(windows([1, 2], 1)))

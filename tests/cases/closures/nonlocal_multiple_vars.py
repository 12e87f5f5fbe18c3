# nonlocal with several variables: a running-average closure updates total and count.
from typing import Callable


def make_averager() -> Callable[[float], float]:
    total = 0.0
    count = 0

    def add(x: float) -> float:
        nonlocal total, count
        total += x
        count += 1
        return total / count

    return add


avg = make_averager()
for v in [10.0, 20.0, 30.0, 5.0]:
    print(avg(v))


def minmax_tracker() -> Callable[[int], str]:
    lo = 0
    hi = 0
    first = True

    def see(x: int) -> str:
        nonlocal lo, hi, first
        if first or x < lo:
            lo = x
        if first or x > hi:
            hi = x
        first = False
        return str(lo) + ".." + str(hi)

    return see


t = minmax_tracker()
print([t(x) for x in [5, 3, 9, -2, 4]])

"""Generator pipeline: N synthetic sensor readings flow through four chained
generators (produce, parse, smooth with a moving window, keep outliers)
into a sum. Every item crosses each generator's yield once."""
from typing import Iterator

N = 600_000  # smoke: 3000


def readings(n: int) -> Iterator[str]:
    state = 12345
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        yield f"s{i % 7}:{state % 1000}"


def values(lines: Iterator[str]) -> Iterator[int]:
    for line in lines:
        _, _, text = line.partition(":")
        yield int(text)


def moving_average(xs: Iterator[int], width: int) -> Iterator[float]:
    window: list[int] = []
    total = 0
    for x in xs:
        window.append(x)
        total += x
        if len(window) > width:
            total -= window.pop(0)
        yield total / len(window)


def outliers(avgs: Iterator[float], low: float, high: float) -> Iterator[float]:
    for a in avgs:
        if a < low or a > high:
            yield a


count = 0
acc = 0.0
for v in outliers(moving_average(values(readings(N)), 8), 350.0, 650.0):
    count += 1
    acc += v
print("outliers:", count)
print("mean:", round(acc / count, 3) if count else 0.0)

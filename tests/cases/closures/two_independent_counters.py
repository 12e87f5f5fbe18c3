# Two counters from the same factory keep independent state.
from typing import Callable


def make_counter(start: int, step: int) -> Callable[[], int]:
    value = start

    def inc() -> int:
        nonlocal value
        value += step
        return value

    return inc


a = make_counter(0, 1)
b = make_counter(100, 10)
print(a(), a(), a())
print(b(), b())
print(a(), b())
c = make_counter(0, 1)
print("fresh c:", c(), "a still:", a())
results = [a() + b() for _ in range(3)]
print(results)

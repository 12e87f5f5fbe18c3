# Generators that call a predicate and transformer passed in as callables.
from typing import Callable, Iterator


def select(xs: list[int], pred: Callable[[int], bool]) -> Iterator[int]:
    for x in xs:
        if pred(x):
            yield x


def mapped(xs: Iterator[int], fn: Callable[[int], str]) -> Iterator[str]:
    for x in xs:
        yield fn(x)


data = list(range(-5, 12))
print(list(select(data, lambda x: x > 7)))
print(list(mapped(select(data, lambda x: x % 4 == 0), lambda x: "<" + str(x) + ">")))
limit = 3
print(list(select(data, lambda x: abs(x) < limit)))
print(", ".join(mapped(select(data, lambda x: x < -3), hex)))

# next() on a generator that raises inside try/finally: finally prints, then the exception reaches the caller.
from typing import Iterator


def fragile(values: list[int]) -> Iterator[int]:
    try:
        for v in values:
            if v < 0:
                raise ValueError(f"negative: {v}")
            yield v * 2
    finally:
        print("fragile finally")


g = fragile([1, 2, -3, 4])
print(next(g))
print(next(g))
try:
    print(next(g))
except ValueError as e:
    print("caller caught:", e)
print(next(g, 0))

total = 0
try:
    for x in fragile([5, -1]):
        total = total + x
        print("running total", total)
except ValueError as e:
    print("loop caught:", e)
print("total", total)

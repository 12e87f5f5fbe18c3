# Unpacking the values of a small generator into variables, a star target and a tuple.
from typing import Iterator


def three(start: int) -> Iterator[int]:
    yield start
    yield start + 1
    yield start + 2


a, b, c = three(10)
print(a, b, c)
first, *rest = three(5)
print(first, rest)
*init, last = three(0)
print(init, last)
print(tuple(three(7)))
print(set(three(1)) | set(three(2)))
print([*three(1), *three(100)])
try:
    x, y = three(0)
except ValueError as e:
    print("ValueError:", e)

# A return statement inside a generator ends the iteration early.
from typing import Iterator


def until_negative(xs: list[int]) -> Iterator[int]:
    for x in xs:
        if x < 0:
            return
        yield x
    print("reached end of list")


print(list(until_negative([3, 1, 4, -1, 5, 9])))
print(list(until_negative([2, 7])))
print(list(until_negative([-2, 7])))
g = until_negative([8, -8, 8])
print(next(g))
print(next(g, 0))
print(next(g, 0))

# any/all/min/sorted over generator expressions short-circuit lazily.
from typing import Iterator


def checked(xs: list[int]) -> Iterator[int]:
    for x in xs:
        print("check", x)
        yield x


data = [4, 8, 15, 16, 23, 42]
print(any(x > 10 for x in checked(data)))
print(all(x % 2 == 0 for x in checked(data)))
print(any(x < 0 for x in checked([1, 2])))
nothing: list[int] = []
print(all(x > 100 for x in checked(nothing)))
print(min(x for x in checked([7, 3, 9])))
print(sorted((x % 5 for x in data), reverse=True))
lazy = (x * 10 for x in checked([1, 2, 3]))
print("created")
print(next(lazy))
print(sum(lazy))

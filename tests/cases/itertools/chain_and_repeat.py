# itertools.chain over lists, strings, ranges and a generator; repeat with and without a count.
import itertools
from itertools import chain, repeat
from typing import Iterator


def squares(n: int) -> Iterator[int]:
    for i in range(n):
        yield i * i


print(list(itertools.chain([1, 2], [3], [], [4, 5])))
print(list(chain("ab", "cd")))
print(list(chain(range(3), squares(4))))
print(sum(chain([1, 2, 3], range(4))))
empty: list[int] = []
print(list(chain(empty, empty)))
for w in chain(["x", "y"], ["z"]):
    print("item", w)
print(list(repeat("ab", 3)), list(repeat(7, 0)))
print(list(zip(range(4), repeat(0))))
stars = repeat("*")
print(next(stars) + next(stars))

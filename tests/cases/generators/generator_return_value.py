# The return value of a sub-generator becomes the value of yield from.
from typing import Generator


def count_items(xs: list[str]) -> Generator[str, None, int]:
    n = 0
    for x in xs:
        yield x
        n += 1
    return n


def outer() -> Generator[str, None, None]:
    a = yield from count_items(["a", "b"])
    b = yield from count_items(["c", "d", "e"])
    yield "counts " + str(a) + " " + str(b)


for s in outer():
    print(s)
g = count_items(["only"])
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)

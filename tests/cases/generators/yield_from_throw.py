# yield from forwards throw() into the sub-generator, which handles it and keeps yielding.
from typing import Generator, Iterator


class Reset(Exception):
    pass


def counter(limit: int) -> Generator[int, None, int]:
    n = 0
    resets = 0
    while n < limit:
        try:
            yield n
            n = n + 1
        except Reset as e:
            print("sub caught Reset:", e)
            n = 0
            resets = resets + 1
    return resets


def wrapper() -> Iterator[int]:
    print("wrapper start")
    resets = yield from counter(3)
    print("sub returned resets =", resets)
    yield -resets


g = wrapper()
print(next(g))
print(next(g))
print(g.throw(Reset("one")))
print(next(g))
print(g.throw(Reset("two")))
for v in g:
    print("rest", v)
print("done")

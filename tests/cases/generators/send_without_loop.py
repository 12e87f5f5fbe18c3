# A generator whose states only yield: x = yield 1, then yield x * 2.
from typing import Generator


def echo() -> Generator[int, int, None]:
    x = yield 1
    yield x * 2


g = echo()
print(next(g))
print(g.send(21))

# x = yield with Optional[int]: next() sends None and the generator yields a default; send() supplies values.
from typing import Generator, Optional


def echo(default: int) -> Generator[int, Optional[int], None]:
    last = default
    for _ in range(6):
        x = yield last
        if x is None:
            print("got None, using default")
            last = default
        else:
            print("got", x)
            last = x * 3


g = echo(7)
print(next(g))
print(g.send(2))
print(next(g))
print(g.send(5))
print(g.send(None))
print(g.send(0))
try:
    next(g)
except StopIteration as e:
    print("finished, value is None:", e.value is None)

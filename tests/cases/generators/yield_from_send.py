# yield from delegates send() to a sub-generator; the outer generator yields the sub-generator's return value.
from typing import Generator


def averager() -> Generator[int, int, int]:
    total = 0
    count = 0
    while True:
        x = yield count
        if x == 0:
            break
        total = total + x
        count = count + 1
    print("averager done", total, count)
    return total // count if count > 0 else 0


def outer() -> Generator[int, int, str]:
    first = yield from averager()
    print("outer got", first)
    yield first * 1000
    second = yield from averager()
    print("outer got", second)
    yield second * 1000
    return "outer finished"


g = outer()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send(30))
print(g.send(0))
print(next(g))
print(g.send(7))
print(g.send(0))
try:
    next(g)
except StopIteration as e:
    print("stop:", e.value)

# close() stops a generator; further next() calls raise StopIteration.
from typing import Iterator


def ticker() -> Iterator[int]:
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("ticker cleaned up at", n)


t = ticker()
print(next(t), next(t), next(t))
t.close()
print("after close")
print(next(t, -1))
t.close()
print("second close is fine")
fresh = ticker()
fresh.close()
print("closed before start")
print(next(fresh, -2))

# A generator with try/finally prints its cleanup message when exhausted.
from typing import Iterator


def guarded(n: int) -> Iterator[int]:
    print("start", n)
    try:
        for i in range(n):
            yield i
    finally:
        print("finally for", n)
    print("after try for", n)


for v in guarded(3):
    print("value", v)
print("loop done")
print(list(guarded(2)))
print(sum(guarded(0)))

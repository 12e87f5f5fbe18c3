# make_counter returns an inc function that updates a captured count through nonlocal.
from typing import Callable


def make_counter() -> Callable[[], int]:
    count = 0

    def inc() -> int:
        nonlocal count
        count += 1
        return count

    return inc


c = make_counter()
print(c())
print(c())
print(c())
total = 0
for _ in range(7):
    total = c()
print("after 7 more:", total)
print("next:", c())

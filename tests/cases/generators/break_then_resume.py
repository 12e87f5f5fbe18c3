# Breaking out of a for loop over a generator and resuming it in a second loop.
from typing import Iterator


def readings(values: list[int]) -> Iterator[int]:
    for v in values:
        print("  produce", v)
        yield v


gen = readings([5, 9, 0, 4, 7, 0, 2])
print("phase 1")
for first in gen:
    if first == 0:
        break
    print("got", first)
print("phase 2")
for second in gen:
    if second == 0:
        print("stop again")
        break
    print("later", second)
print("phase 3")
print(list(gen))
print(list(gen))

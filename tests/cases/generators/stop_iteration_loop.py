# Manually draining a generator with next() in a while loop until StopIteration.
from typing import Iterator


def evens(limit: int) -> Iterator[int]:
    i = 0
    while i < limit:
        yield i
        i += 2


g = evens(9)
seen: list[int] = []
while True:
    try:
        v = next(g)
    except StopIteration:
        print("done after", len(seen))
        break
    seen.append(v)
    print("got", v)
print(seen)
print(next(g, -5))

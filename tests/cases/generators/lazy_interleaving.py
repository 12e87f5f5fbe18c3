# A generator runs only as far as its consumer asks: its prints interleave with the loop's, in zip and enumerate too.
from typing import Iterator


def produce(tag: str, n: int) -> Iterator[int]:
    for i in range(n):
        print("  make", tag, i)
        yield i * 10
    print("  done", tag)


for v in produce("a", 3):
    print("got", v)
for i, v in enumerate(produce("b", 2)):
    print("item", i, v)
for x, y in zip(produce("c", 3), produce("d", 2)):
    print("pair", x, y)
it = produce("e", 5)
print("first", next(it))
print("second", next(it))
total = 0
for v in it:
    total += v
    if v >= 30:
        break
print("total", total)

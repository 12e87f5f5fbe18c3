# An exception inside a generator reaches the consumer at the item that raises, and ends the generator.
from typing import Iterator


def parse_all(texts: list[str]) -> Iterator[int]:
    for t in texts:
        yield int(t)


got: list[int] = []
try:
    for n in parse_all(["1", "2", "x", "4"]):
        got.append(n)
except ValueError as e:
    print("stopped:", e)
print(got)
g = parse_all(["7", "oops"])
print(next(g))
try:
    next(g)
except ValueError as e:
    print("second:", e)
print(next(g, -1))

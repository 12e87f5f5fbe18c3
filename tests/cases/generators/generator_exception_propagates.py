# An exception raised inside a generator propagates to the consumer and ends the generator.
from typing import Iterator


def parse_ints(items: list[str]) -> Iterator[int]:
    for s in items:
        yield int(s)


g = parse_ints(["1", "2", "oops", "4"])
results: list[int] = []
try:
    for v in g:
        results.append(v)
except ValueError as e:
    print("ValueError:", e)
print(results)
print(next(g, -1))


def checked(xs: list[int]) -> Iterator[int]:
    for x in xs:
        if x == 0:
            raise ZeroDivisionError("zero in input")
        yield 100 // x


try:
    print(list(checked([5, 10, 0, 2])))
except ZeroDivisionError as e:
    print("caught", type(e).__name__, e)

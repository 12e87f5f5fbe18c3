# Generators run lazily: side effects interleave with the consumer's prints.
from typing import Iterator


def produce(n: int) -> Iterator[int]:
    for i in range(n):
        print("producing", i)
        yield i
    print("producer exhausted")


def double(xs: Iterator[int]) -> Iterator[int]:
    for x in xs:
        print("doubling", x)
        yield x * 2


pipeline = double(produce(3))
print("pipeline created")
for v in pipeline:
    print("consumed", v)
print("---")
g = produce(5)
print(next(g))
print("between")
print(next(g))

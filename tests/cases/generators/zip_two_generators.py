# zip() over two generators of different lengths stops at the shorter one.
from typing import Iterator


def letters(s: str) -> Iterator[str]:
    for ch in s:
        yield ch.upper()


def numbers(n: int) -> Iterator[int]:
    for i in range(1, n + 1):
        yield i * 10


for a, b in zip(letters("abcde"), numbers(3)):
    print(a, b)
pairs = list(zip(numbers(4), letters("xy")))
print(pairs)
print(dict(zip(letters("pqr"), numbers(3))))
print(list(enumerate(letters("hi"), start=1)))

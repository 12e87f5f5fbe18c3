# yield from over a list, a string, a tuple and a range.
from typing import Iterator


def flatten(rows: list[list[int]]) -> Iterator[int]:
    for row in rows:
        yield from row


def chars_then_end(s: str) -> Iterator[str]:
    yield from s
    yield from ("<", "end", ">")


def ranges() -> Iterator[int]:
    yield from range(3)
    yield from range(10, 13)


print(list(flatten([[1, 2], [], [3], [4, 5, 6]])))
print(list(chars_then_end("abc")))
print(list(ranges()))
print(sum(flatten([[10, 20], [30]])))

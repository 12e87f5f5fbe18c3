# A pipeline of module-level generator functions chained together lazily.
from typing import Iterator


def parse(lines: list[str]) -> Iterator[int]:
    for line in lines:
        text = line.strip()
        if text and not text.startswith("#"):
            yield int(text)


def only_even(xs: Iterator[int]) -> Iterator[int]:
    for x in xs:
        if x % 2 == 0:
            yield x


def scaled(xs: Iterator[int], factor: int) -> Iterator[int]:
    for x in xs:
        yield x * factor


raw = ["4", " 7 ", "# skip", "", "10", "3", "12 "]
print(list(parse(raw)))
print(list(only_even(parse(raw))))
print(sum(scaled(only_even(parse(raw)), 3)))
stage = scaled(parse(raw), -1)
print(next(stage), next(stage))
print(max(stage))

from typing import Generator


def count() -> Generator[int, None, int]:
    yield 1
    return 1


def name() -> Generator[int, None, str]:
    yield 2
    return "two"


g = count()
h = name()
print(next(g), next(h))
try:
    print(next(g) + next(h))
except StopIteration as e:
    print(e.value)

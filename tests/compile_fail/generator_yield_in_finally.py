from typing import Iterator


def numbers() -> Iterator[int]:
    try:
        yield 1
    finally:
        yield 2


print(list(numbers()))

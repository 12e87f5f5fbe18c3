from typing import Generator


def countdown(n: int) -> Generator[int, None, str]:
    while n > 0:
        yield n
        n -= 1
    if n < 0:
        return "negative"


print(list(countdown(3)))

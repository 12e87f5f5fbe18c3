from typing import Generator


def doubler() -> Generator[int, int, None]:
    x = 0
    while True:
        x = yield x * 2


d = doubler()
next(d)
print(d.send("three"))

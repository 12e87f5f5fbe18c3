# StopIteration.value read after a Generator[str, None, int] returns, driven by next() in a loop.
from typing import Generator


def labels(n: int, prefix: str) -> Generator[str, None, int]:
    made = 0
    for i in range(n):
        yield f"{prefix}{i}"
        made = made + 1
    return made * 10


def drain(n: int, prefix: str) -> int:
    g = labels(n, prefix)
    seen = 0
    done = False
    while not done:
        try:
            s = next(g)
            print("label", s)
            seen = seen + 1
        except StopIteration as e:
            print("stop value", e.value)
            done = True
    return seen


print("seen", drain(3, "item"))
print("seen", drain(0, "none"))
print("seen", drain(1, "solo"))

# A factory returns three closures (inc, get, reset) sharing one nonlocal counter.
from typing import Callable


def counter() -> tuple[Callable[[int], None], Callable[[], int], Callable[[], None]]:
    n = 0

    def inc(by: int) -> None:
        nonlocal n
        n += by

    def get() -> int:
        return n

    def reset() -> None:
        nonlocal n
        n = 0

    return inc, get, reset


inc, get, reset = counter()
inc(1)
inc(2)
print(get())
inc(10)
print(get())
reset()
print(get())
inc(-4)
print(get())
inc2, get2, reset2 = counter()
inc2(7)
reset()
print(get(), get2())

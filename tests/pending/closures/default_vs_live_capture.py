# A default argument freezes the value at def time while a closure sees the variable's current value.
from typing import Callable


def make() -> tuple[Callable[[], int], Callable[[], int]]:
    x = 1

    def frozen(v: int = x) -> int:
        return v

    def live() -> int:
        return x

    x = 2
    return frozen, live


frozen, live = make()
print(frozen(), live())
print(frozen(99))

label = "first"


def show(tag: str = label) -> str:
    return tag + "/" + label


label = "second"
print(show())
print(show("explicit"))

# The None-sentinel idiom creates a fresh list on every call that omits the argument.
from typing import Optional


def append_to(x: int, acc: Optional[list[int]] = None) -> list[int]:
    if acc is None:
        acc = []
    acc.append(x)
    return acc


print(append_to(1))
print(append_to(2))
shared = [0]
print(append_to(3, shared))
print(append_to(4, shared))
print(shared)


def label(n: int, unit: Optional[str] = None) -> str:
    if unit is None:
        return str(n)
    return str(n) + " " + unit + ("s" if n != 1 else "")


print(label(3), label(1, "apple"), label(2, "apple"), label(0, unit="pear"))

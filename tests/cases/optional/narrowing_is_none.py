# Narrowing an Optional with `is None` / `is not None` in both branch orders.
from typing import Optional


def parse_digit(c: str) -> Optional[int]:
    if c.isdigit():
        return int(c)
    return None


def describe(v: Optional[int]) -> str:
    if v is not None:
        return "digit " + str(v + 0)
    return "not a digit"


def double_or_zero(v: int | None) -> int:
    if v is None:
        return 0
    else:
        return v * 2


text = "a1b22c9"
total = 0
for ch in text:
    d = parse_digit(ch)
    print(ch, describe(d), double_or_zero(d))
    if d is not None:
        total += d
print("total", total)
maybe: int | None = None
print(maybe is None, double_or_zero(maybe))
maybe = 21
print(maybe is None, double_or_zero(maybe))

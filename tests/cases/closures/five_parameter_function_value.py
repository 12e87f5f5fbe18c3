# A function value of five parameters (past the Func0..Func4 aliases) passed and named.
from typing import Callable


def add5(a: int, b: int, c: int, d: int, e: int) -> int:
    return a + b + c + d + e


def apply(f: Callable[[int, int, int, int, int], int]) -> int:
    return f(1, 2, 3, 4, 5)


print(apply(add5), add5.__name__)

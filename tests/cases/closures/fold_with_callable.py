# A hand-written fold takes a two-argument function and is used for sum, product, max and strings.
from typing import Callable


def fold(f: Callable[[int, int], int], init: int, xs: list[int]) -> int:
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc


def fold_str(f: Callable[[str, str], str], init: str, xs: list[str]) -> str:
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc


data = [3, 1, 4, 1, 5, 9, 2, 6]
print(fold(lambda a, b: a + b, 0, data))
print(fold(lambda a, b: a * b, 1, data))
print(fold(lambda a, b: a if a > b else b, data[0], data))
print(fold(lambda a, b: a * 10 + b, 0, data))
print(fold(lambda a, b: a - b, 0, []))
print(fold_str(lambda a, b: b + a, "", ["x", "y", "z"]))
print(fold_str(lambda a, b: a + "(" + b + ")", "f", ["1", "2"]))

# Named functions are values: passed as arguments, returned, stored and compared by identity.
from typing import Callable


def double(x: int) -> int:
    return x * 2


def negate(x: int) -> int:
    return -x


def pick(name: str) -> Callable[[int], int]:
    if name == "double":
        return double
    return negate


def apply_all(fs: list[Callable[[int], int]], x: int) -> list[int]:
    return [f(x) for f in fs]


f = pick("double")
print(f(21), pick("neg")(21))
print(apply_all([double, negate, pick("double")], 5))
print(f is double, f is negate, pick("x") is negate)
table = {"d": double, "n": negate}
print(table["d"](table["n"](8)))
print(double.__name__, table["n"].__name__)
alias = negate
print(alias(3), alias.__name__)

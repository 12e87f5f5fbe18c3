# A plain decorator returns a wrapper with the same known signature that logs calls.
from typing import Callable

calls: list[str] = []


def logged(f: Callable[[int, int], int]) -> Callable[[int, int], int]:
    def wrapper(a: int, b: int) -> int:
        calls.append("call " + str(a) + "," + str(b))
        result = f(a, b)
        print("  f(", a, ",", b, ") =", result)
        return result

    return wrapper


@logged
def add(a: int, b: int) -> int:
    return a + b


@logged
def power(a: int, b: int) -> int:
    return a ** b


print(add(2, 3))
print(power(2, 10))
print(add(power(3, 2), 1))
print(calls)
print(len(calls), add.__name__)

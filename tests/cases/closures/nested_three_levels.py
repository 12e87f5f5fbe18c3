# Three levels of nesting: the innermost function reads the outermost and rebinds the middle via nonlocal.
from typing import Callable


def outer(base: int) -> Callable[[int], Callable[[], int]]:
    def middle(step: int) -> Callable[[], int]:
        current = base

        def inner() -> int:
            nonlocal current
            current += step
            return current * 10 + base

        return inner

    return middle


m = outer(1)
a = m(2)
b = m(5)
print(a(), a(), a())
print(b(), b())
print(outer(0)(1)(), outer(3)(3)())


def level1() -> str:
    x = "L1"

    def level2() -> str:
        def level3() -> str:
            return x + "-via-3"
        return level3() + "-via-2"

    return level2()


print(level1())

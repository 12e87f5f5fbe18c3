# Higher-order helpers: flip argument order, negate a predicate, and combine predicates.
from typing import Callable


def flip(f: Callable[[int, int], int]) -> Callable[[int, int], int]:
    return lambda a, b: f(b, a)


def negate(p: Callable[[int], bool]) -> Callable[[int], bool]:
    return lambda x: not p(x)


def both(p: Callable[[int], bool], q: Callable[[int], bool]) -> Callable[[int], bool]:
    def r(x: int) -> bool:
        return p(x) and q(x)

    return r


sub = lambda a, b: a - b
print(sub(10, 3), flip(sub)(10, 3), flip(flip(sub))(10, 3))
even = lambda n: n % 2 == 0
positive = lambda n: n > 0
nums = list(range(-4, 5))
print([n for n in nums if even(n)])
print([n for n in nums if negate(even)(n)])
print([n for n in nums if both(even, positive)(n)])
print([n for n in nums if both(negate(even), negate(positive))(n)])

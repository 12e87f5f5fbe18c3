# compose builds new functions from existing ones; composition order matters.
from typing import Callable


def compose(f: Callable[[int], int], g: Callable[[int], int]) -> Callable[[int], int]:
    def h(x: int) -> int:
        return f(g(x))

    return h


def compose_all(fs: list[Callable[[int], int]]) -> Callable[[int], int]:
    def run(x: int) -> int:
        for f in reversed(fs):
            x = f(x)
        return x

    return run


inc = lambda x: x + 1
sq = lambda x: x * x
print(compose(inc, sq)(5), compose(sq, inc)(5))
twice_inc = compose(inc, inc)
print(twice_inc(0), compose(twice_inc, twice_inc)(0))
pipeline = compose_all([inc, sq, lambda x: x * 3])
print(pipeline(2))
print(compose_all([])(9))
print([compose(sq, sq)(n) for n in range(4)])

# Lambdas stored in a list are applied in sequence as a pipeline.
from typing import Callable

steps: list[Callable[[int], int]] = [
    lambda x: x + 1,
    lambda x: x * 2,
    lambda x: x - 3,
    lambda x: x * x,
]


def run(x: int, fs: list[Callable[[int], int]]) -> int:
    for f in fs:
        x = f(x)
        print("  ->", x)
    return x


print("result:", run(4, steps))
print("result:", run(0, steps[1:]))
print("each on 5:", [f(5) for f in steps])
print("reversed on 2:", run(2, list(reversed(steps))))
steps.append(lambda x: x // 7)
print("len", len(steps), "last on 50:", steps[-1](50))

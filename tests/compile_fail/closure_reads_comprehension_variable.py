# Lambdas made in a comprehension that is not assigned to a name, reading its variable: Molt says so.
from typing import Callable


def call_all(fs: list[Callable[[], int]]) -> list[int]:
    return [f() for f in fs]


print(call_all([lambda: i for i in range(3)]))

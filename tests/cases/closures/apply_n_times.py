# apply_n_times repeats a function n times, both directly and by returning a new function.
from typing import Callable


def apply_n_times(f: Callable[[int], int], n: int, x: int) -> int:
    for _ in range(n):
        x = f(x)
    return x


def repeated(f: Callable[[int], int], n: int) -> Callable[[int], int]:
    def g(x: int) -> int:
        return apply_n_times(f, n, x)

    return g


print(apply_n_times(lambda x: x * 2, 10, 1))
print(apply_n_times(lambda x: x + 3, 0, 7))
print(apply_n_times(lambda x: x * x, 3, 3))
collatz = lambda n: n // 2 if n % 2 == 0 else 3 * n + 1
print([apply_n_times(collatz, k, 27) for k in range(8)])
hundredfold = repeated(lambda x: x * 10, 2)
print(hundredfold(7), repeated(hundredfold, 3)(1))

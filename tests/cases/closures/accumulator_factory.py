# Accumulator factory: each accumulator adds its argument to a running total it owns.
from typing import Callable


def make_acc(start: int) -> Callable[[int], int]:
    total = start

    def acc(n: int) -> int:
        nonlocal total
        total += n
        return total

    return acc


a = make_acc(10)
print(a(1), a(2), a(3))
b = make_acc(-5)
print(b(5), b(5))
accs = [make_acc(i * 100) for i in range(3)]
for step in range(1, 4):
    print([f(step) for f in accs])
print(a(0), b(0))

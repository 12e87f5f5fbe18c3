# The default-argument trick `lambda i=i: i` binds the current loop value at creation time.
from typing import Callable

fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
print("override default:", fs[0](42))

adders: list[Callable[[int], int]] = []
for k in range(4):
    adders.append(lambda x, k=k: x + k)
print([a(10) for a in adders])

muls: list[Callable[[int], int]] = []
for n in [2, 3, 5]:
    def mul(x: int, n: int = n) -> int:
        return x * n
    muls.append(mul)
n = 1000
print([m(7) for m in muls])

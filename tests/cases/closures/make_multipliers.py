# A factory function gives each closure its own binding, unlike a bare lambda in a loop.
from typing import Callable


def multiplier(n: int) -> Callable[[int], int]:
    return lambda x: x * n


good = [multiplier(n) for n in range(1, 5)]
bad = [lambda x: x * n for n in range(1, 5)]
print([f(10) for f in good])
print([f(10) for f in bad])
table = {n: multiplier(n) for n in [2, 3, 7]}
for k in table:
    print(k, [table[k](x) for x in range(1, 6)])
triple = table[3]
print(triple(triple(triple(1))))

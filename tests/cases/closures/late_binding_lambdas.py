# Lambdas created in a loop look up the loop variable when called, so all see its final value.
from typing import Callable

fs = [lambda: i for i in range(3)]
print([f() for f in fs])

gs: list[Callable[[int], int]] = []
for k in range(4):
    gs.append(lambda x: x + k)
print([g(10) for g in gs])

k = 50
print("after rebinding k:", [g(10) for g in gs])

hs = [lambda s: s * j for j in range(1, 4)]
print([h("ab") for h in hs])

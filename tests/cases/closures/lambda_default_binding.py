# Lambda defaults are evaluated where the lambda is made: the idiom that binds a loop's
# current value, in comprehensions and loops, and defaults computed once.
from typing import Callable

scales = [lambda x, k=k: x * k for k in range(1, 4)]
print([f(10) for f in scales])

adders: list[Callable[[int], int]] = []
for step in [5, 50]:
    adders.append(lambda x, s=step: x + s)
step = 1000
print([a(1) for a in adders], step)


def counter_value(start: int) -> int:
    print("default computed from", start)
    return start * 2


offset = 7
shift = lambda x, d=counter_value(offset): x + d
offset = 0
print(shift(1), shift(2), offset)

labels = {name: (lambda v, n=name: n + "=" + str(v)) for name in ["a", "b"]}
print(labels["a"](1), labels["b"](2))

# send() into a running-total coroutine; return of a summary string read from StopIteration.value.
from typing import Generator


def totaler() -> Generator[int, int, str]:
    total = 0
    count = 0
    while True:
        x = yield total
        if x < 0:
            break
        total = total + x
        count = count + 1
    return f"count={count} total={total}"


g = totaler()
print(next(g))
for n in [5, 10, 20, 7]:
    print("sent", n, "->", g.send(n))
try:
    g.send(-1)
except StopIteration as e:
    print("summary:", e.value)
print(next(g, 1234))

h = totaler()
print(next(h))
try:
    h.send(-5)
except StopIteration as e:
    print("summary:", e.value)

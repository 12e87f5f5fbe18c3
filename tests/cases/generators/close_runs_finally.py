# close() on a generator paused inside try/finally runs the finally; close() on an exhausted generator is a no-op.
from typing import Iterator


def guarded(tag: str, n: int) -> Iterator[int]:
    print(tag, "start")
    try:
        for i in range(n):
            yield i
    finally:
        print(tag, "finally")
    print(tag, "end")


g = guarded("A", 5)
print(next(g))
print(next(g))
print("closing A")
g.close()
print("closed A")
g.close()
print("closed A again")
print(next(g, 99))

h = guarded("B", 2)
for v in h:
    print("B got", v)
print("closing exhausted B")
h.close()
print("closed B")

u = guarded("C", 3)
u.close()
print("closed unstarted C")
print(next(u, -1))

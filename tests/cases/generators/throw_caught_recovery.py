# g.throw(ValueError) caught by try/except around a yield; generator yields a recovery value and continues.
from typing import Iterator


def resilient(limit: int) -> Iterator[int]:
    i = 0
    while i < limit:
        failed = False
        try:
            yield i
        except ValueError as e:
            print("caught inside:", e)
            failed = True
        if failed:
            yield -1
        i = i + 1
    print("resilient done")


g = resilient(3)
print(next(g))
print(next(g))
print(g.throw(ValueError("x")))
print("after throw")
for v in g:
    print("rest", v)

h = resilient(500)
print(next(h))
print(h.throw(ValueError("first")))
print(next(h))
print(h.throw(ValueError("second")))
print(next(h))
h.close()
print("closed", next(h, 999))

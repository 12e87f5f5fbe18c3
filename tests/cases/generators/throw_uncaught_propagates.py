# g.throw() of an exception the generator does not catch propagates to the caller; the generator is then finished.
from typing import Iterator


class MyError(Exception):
    pass


def only_values(n: int) -> Iterator[int]:
    for i in range(n):
        try:
            yield i * 10
        except ValueError:
            print("generator handled ValueError")


g = only_values(5)
print(next(g))
print(g.throw(ValueError("handled")))
try:
    g.throw(MyError("boom"))
except MyError as e:
    print("caller caught:", type(e).__name__, e)
print(next(g, -1))
print(next(g, -2))

k = only_values(3)
print(next(k))
try:
    k.throw(KeyError("missing"))
except KeyError as e:
    print("caller caught:", type(e).__name__, e)
print(list(k))

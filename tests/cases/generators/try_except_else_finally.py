# try/except/else/finally around a yield: else runs when no exception; prints show the order.
from typing import Iterator


def staged(n: int) -> Iterator[int]:
    for i in range(n):
        try:
            print("try", i)
            yield i
            print("resumed", i)
        except KeyError as e:
            print("except", i, e)
        else:
            print("else", i)
        finally:
            print("finally", i)
    print("loop end")


for v in staged(2):
    print("got", v)

print("---")
g = staged(3)
print("got", next(g))
print("got", g.throw(KeyError("k")))
print("got", next(g))
try:
    next(g)
except StopIteration:
    print("stopped")

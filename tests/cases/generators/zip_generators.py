# zip() over generator expressions and generator functions of different lengths.
from typing import Iterator


def evens(limit: int) -> Iterator[int]:
    n = 0
    while n < limit:
        yield n
        n += 2


names = ["ada", "bob", "cyd", "dee"]
ids = (100 + i for i in range(10))
for name, ident in zip(names, ids):
    print(name, ident)
print(next(ids))
print(list(zip(evens(9), (c for c in "wxyz"), names)))
squares = (x * x for x in range(6))
print(list(zip(squares, squares)))
print(dict(zip((n.upper() for n in names), evens(100))))
total = sum(a * b for a, b in zip(evens(7), evens(7)))
print(total)

# itertools.pairwise, tee and islice used for sliding windows over temperatures.
from itertools import islice, pairwise, tee
from typing import Iterator

temps = [12, 15, 14, 18, 21, 19, 23, 22]
deltas = [b - a for a, b in pairwise(temps)]
print(deltas)
print([pair for pair in pairwise(temps) if pair[1] < pair[0]])


def triples(xs: list[int]) -> Iterator[tuple[int, int, int]]:
    a, b, c = tee(xs, 3)
    next(b, None)
    next(c, None)
    next(c, None)
    return zip(a, b, c)


for w in triples(temps):
    print(w, round(sum(w) / 3, 2))

first, second = tee(iter(temps))
print(list(islice(first, 3)), list(islice(second, 2, 5)))
print(list(first))
print(list(islice(temps, 1, None, 3)))
print(list(pairwise("abc")), list(pairwise([1])))

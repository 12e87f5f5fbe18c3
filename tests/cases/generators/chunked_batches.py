# A generator grouping a list into fixed-size batches, with a short final batch.
from typing import Iterator


def batches(xs: list[int], size: int) -> Iterator[list[int]]:
    batch: list[int] = []
    for x in xs:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


for b in batches(list(range(1, 11)), 3):
    print(b, sum(b))
print(list(batches([], 4)))
print(list(batches([1, 2, 3, 4], 2)))
print([len(b) for b in batches(list(range(17)), 5)])

# A generator pipeline over a CSV file read with `with open(...)`.
import os
from typing import Iterator

name = "molt_test_pipeline.csv"
with open(name, "w") as f:
    f.write("region,amount\nnorth,120\nsouth,80\n\nnorth,45\neast,x\nsouth,15\n")


def read_rows(path: str) -> Iterator[str]:
    with open(path) as f:
        next(f)
        for line in f:
            yield line.strip()


def parse(rows: Iterator[str]) -> Iterator[tuple[str, int]]:
    for row in rows:
        if not row:
            continue
        region, amount = row.split(",")
        if amount.isdigit():
            yield (region, int(amount))


totals: dict[str, int] = {}
for region, amount in parse(read_rows(name)):
    totals[region] = totals.get(region, 0) + amount
for region in sorted(totals):
    print(region, totals[region])
print(sum(a for _, a in parse(read_rows(name))))
os.remove(name)
print(os.path.exists(name))

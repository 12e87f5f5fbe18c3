# A generator pipeline over the lines of a file read with `with open(...)`.
import os
from typing import Iterator

name = "molt_test_gen_pipeline.csv"
with open(name, "w") as out:
    out.write("region,amount\nnorth,120\nsouth,80\n\nnorth,45\neast,x\nsouth,15\n")


def stripped(lines: Iterator[str]) -> Iterator[str]:
    for line in lines:
        yield line.strip()


def parse(rows: Iterator[str]) -> Iterator[tuple[str, int]]:
    for row in rows:
        if not row:
            continue
        region, amount = row.split(",")
        if amount.isdigit():
            yield (region, int(amount))
        else:
            print("skipping", repr(row))


totals: dict[str, int] = {}
with open(name) as f:
    header = next(f)
    print("header:", header.strip().split(","))
    for region, amount in parse(stripped(f)):
        totals[region] = totals.get(region, 0) + amount
print(f.closed)
for region in sorted(totals):
    print(region, totals[region])
with open(name) as g:
    lines = iter(g)
    next(lines)
    print(sum(a for _, a in parse(stripped(lines))))
os.remove(name)
print(os.path.exists(name))

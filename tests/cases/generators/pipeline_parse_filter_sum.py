# A generator pipeline: lines -> parse -> filter -> aggregate.
from typing import Iterator

DATA = """apple,3,0.5
banana,12,0.25
# comment line
cherry,100,0.1

date,7,1.5
elderberry,x,2.0"""


def read_lines(text: str) -> Iterator[str]:
    for line in text.split("\n"):
        yield line.strip()


def skip_blank_and_comments(lines: Iterator[str]) -> Iterator[str]:
    for line in lines:
        if line and not line.startswith("#"):
            yield line


def parse(lines: Iterator[str]) -> Iterator[tuple[str, int, float]]:
    for line in lines:
        name, qty, price = line.split(",")
        if qty.isdigit():
            yield (name, int(qty), float(price))
        else:
            print("bad row:", name)


rows = parse(skip_blank_and_comments(read_lines(DATA)))
total = 0.0
for name, qty, price in rows:
    cost = qty * price
    print(f"{name:<8} {qty:>4} {cost:8.2f}")
    total += cost
print(f"total {total:.2f}")

"""A generator pipeline: log lines are read, parsed and filtered one at a
time, and only the slow requests are summed."""
from typing import Iterator

LOG = [
    "GET /users 200 12",
    "GET /orders 200 340",
    "POST /orders 201 95",
    "GET /health 200 1",
    "bad line",
    "GET /orders 500 1200",
]


def parse(lines: list[str]) -> Iterator[tuple[str, int]]:
    """Yields (path, milliseconds) for each well-formed line."""
    for line in lines:
        parts = line.split()
        if len(parts) != 4:
            continue
        yield parts[1], int(parts[3])


def slow(requests: Iterator[tuple[str, int]], limit: int) -> Iterator[tuple[str, int]]:
    for path, ms in requests:
        if ms >= limit:
            yield path, ms


total = 0
for path, ms in slow(parse(LOG), 90):
    print(f"{path:<8} {ms:>5} ms")
    total += ms
print("slow total:", total)

# A key function built by a closure over a priority table drives sorting.
from typing import Callable


def by_priority(order: list[str]) -> Callable[[str], int]:
    rank = {name: i for i, name in enumerate(order)}

    def key(item: str) -> int:
        return rank.get(item, len(order))

    return key


tasks = ["lint", "deploy", "test", "build", "docs", "test"]
print(sorted(tasks, key=by_priority(["build", "test", "deploy"])))
print(sorted(tasks, key=by_priority(["docs", "lint"])))
print(sorted(tasks, key=by_priority([])))


def by_field(idx: int, desc: bool) -> Callable[[tuple[int, int, int]], int]:
    return lambda t: -t[idx] if desc else t[idx]


rows = [(1, 9, 5), (2, 3, 8), (3, 6, 1)]
print(sorted(rows, key=by_field(1, False)))
print(sorted(rows, key=by_field(2, True)))
print(max(rows, key=by_field(0, True)))

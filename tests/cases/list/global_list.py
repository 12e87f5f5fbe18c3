# A module-level list mutated from functions without a global statement.
log: list[str] = []
counts = [0, 0, 0]


def record(msg: str) -> None:
    log.append(msg)


def bump(i: int) -> int:
    counts[i] += 1
    return counts[i]


record("start")
for k in range(7):
    bump(k % 3)
record("bumped")
print(log)
print(counts)
print(bump(2), counts)
record(f"total {counts[0] + counts[1] + counts[2]}")
print(log, len(log))

# A logging helper forwards *args to another *args function; **kwargs builds a record.
def join_words(sep: str, *words: str) -> str:
    return sep.join(words)


def log(level: str, *parts: str) -> None:
    print("[" + level + "]", join_words(" ", *parts))


def record(name: str, **fields: float) -> dict[str, float]:
    out: dict[str, float] = {"id": float(len(name))}
    for key, value in fields.items():
        out[key] = value * 2
    return out


def largest(first: int, *rest: int) -> int:
    best = first
    for r in rest:
        best = max(best, r)
    return best


log("info", "server", "started")
log("warn")
parts = ["disk", "almost", "full"]
log("error", *parts)
print(record("abc"))
print(record("point", x=1.5, y=-2.0))
print(largest(3), largest(3, 9, 4), largest(*[7, 1, 8]))
scores = [4, 10, 2]
print(largest(0, *scores))

"""Word frequencies: str methods, dicts, lists, sorting and comprehensions."""

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""


def words(text: str) -> list[str]:
    """Lower-cased words without punctuation."""
    cleaned = [w.strip(".,;:!?").lower() for w in text.split()]
    return [w for w in cleaned if w]


def count(items: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def top(counts: dict[str, int], n: int) -> list[tuple[str, int]]:
    pairs = sorted(counts.items())
    pairs.sort(key=second, reverse=True)
    return pairs[:n]


def second(pair: tuple[str, int]) -> int:
    return pair[1]


if __name__ == "__main__":
    ws = words(TEXT)
    counts = count(ws)
    print(f"{len(ws)} words, {len(counts)} distinct")
    for word, n in top(counts, 5):
        print(f"{word:>8} {n:3d} {'#' * n}")
    lengths = {w: len(w) for w in counts if len(w) > 6}
    print(lengths)

# Closures may mutate a captured dict without nonlocal; only rebinding requires it.
from typing import Callable


def make_tally() -> tuple[Callable[[str], int], Callable[[], dict[str, int]]]:
    counts: dict[str, int] = {}

    def add(word: str) -> int:
        counts[word] = counts.get(word, 0) + 1
        return counts[word]

    def snapshot() -> dict[str, int]:
        return dict(counts)

    return add, snapshot


add, snap = make_tally()
for w in "the cat and the hat and the bat".split():
    add(w)
print(snap())
s = snap()
print(add("cat"), s["cat"], snap()["cat"])
print(sorted(snap().items(), key=lambda kv: (-kv[1], kv[0])))

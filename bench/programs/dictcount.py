"""Counting words with a dict, then ranking them: str.split, dict get/set,
items() and sorted() with a key."""

N = 1500000  # smoke: 2000


def second(pair: tuple[str, int]) -> int:
    return pair[1]


def make_words(n: int) -> list[str]:
    return ["w" + str((i * i + 3 * i) % 5003) for i in range(n)]


counts: dict[str, int] = {}
for word in make_words(N):
    counts[word] = counts.get(word, 0) + 1
ranked = sorted(counts.items(), key=second, reverse=True)
print(len(counts), ranked[:3], sum(counts.values()))

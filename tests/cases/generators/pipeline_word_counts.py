# Chained generators tokenising text, lowercasing, filtering stopwords and counting.
from typing import Iterator

TEXT = ["The cat sat on the mat", "A dog and the cat", "the end"]
STOP = {"the", "a", "and", "on"}


def tokens(lines: list[str]) -> Iterator[str]:
    for line in lines:
        for word in line.split():
            yield word


def lowered(words: Iterator[str]) -> Iterator[str]:
    for w in words:
        yield w.lower()


def no_stop(words: Iterator[str]) -> Iterator[str]:
    for w in words:
        if w not in STOP:
            yield w


counts: dict[str, int] = {}
for w in no_stop(lowered(tokens(TEXT))):
    counts[w] = counts.get(w, 0) + 1
for word in sorted(counts):
    print(word, counts[word])
print(sum(1 for _ in tokens(TEXT)))

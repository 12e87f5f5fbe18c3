# max() and min() with key= over generators, and max() with default on an empty one.
from typing import Iterator


def words(text: str) -> Iterator[str]:
    for w in text.split():
        yield w.strip(".,")


text = "The quick brown fox, jumped over lazy dogs."
print(max(words(text), key=len))
print(min(words(text), key=len))
print(max(words(text)))
print(min(words(text)))
print(max(words(""), default="none"))
print(max((len(w) for w in words(text)), default=0))
print(sorted(words(text), key=lambda w: (len(w), w)))

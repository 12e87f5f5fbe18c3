# A simple generator with three yields consumed by a for loop and by list().
from typing import Iterator


def three_words() -> Iterator[str]:
    yield "alpha"
    yield "beta"
    yield "gamma"


for w in three_words():
    print("word:", w)
print(list(three_words()))
print(len(list(three_words())))
total = 0
for w in three_words():
    total += len(w)
print("total length", total)

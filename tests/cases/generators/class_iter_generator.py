# A class whose __iter__ is written as a generator, iterated several times.
from typing import Iterator


class Deck:
    def __init__(self, suits: list[str], ranks: list[str]) -> None:
        self.suits = suits
        self.ranks = ranks

    def __iter__(self) -> Iterator[str]:
        for s in self.suits:
            for r in self.ranks:
                yield r + s

    def count(self) -> int:
        return sum(1 for _ in self)


d = Deck(["H", "S"], ["A", "K", "Q"])
for card in d:
    print(card)
print(list(d))
print(d.count())
print("KS" in list(d), "JS" in list(d))

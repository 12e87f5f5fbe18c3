# Generated __eq__ drives `in`, list.index, list.count, remove and dedupe over lists of dataclass records.
from dataclasses import dataclass


@dataclass
class Card:
    rank: str
    suit: str

    def __str__(self) -> str:
        return self.rank + self.suit


hand = [Card("A", "s"), Card("10", "h"), Card("A", "s"), Card("K", "d"), Card("2", "c"), Card("10", "h")]
print(Card("K", "d") in hand, Card("K", "s") in hand, Card("Q", "h") not in hand)
print(hand.index(Card("K", "d")), hand.count(Card("A", "s")), hand.count(Card("10", "h")), hand.count(Card("3", "c")))
unique: list[Card] = []
for c in hand:
    if c not in unique:
        unique.append(c)
print(" ".join([str(c) for c in unique]), len(unique))
hand.remove(Card("A", "s"))
print(" ".join([str(c) for c in hand]))
print(hand)
print(Card("A", "s") == Card("A", "s"), Card("A", "s") != Card("A", "h"), Card("A", "s") is Card("A", "s"))
suits: dict[str, list[Card]] = {}
for c in hand:
    suits.setdefault(c.suit, []).append(c)
print({s: [str(c) for c in cs] for s, cs in suits.items()})
print([str(c) for c in hand if c.suit == "h"], hand[1:3] == [Card("A", "s"), Card("K", "d")])
print(f"top card: {hand[0]} / {hand[0]!r}")

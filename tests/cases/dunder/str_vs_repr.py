# With both __str__ and __repr__: print/str/f-string use __str__, repr()/!r and containers use __repr__.
class Card:
    def __init__(self, rank: str, suit: str):
        self.rank = rank
        self.suit = suit

    def __str__(self) -> str:
        return self.rank + " of " + self.suit

    def __repr__(self) -> str:
        return f"Card({self.rank!r}, {self.suit!r})"


c = Card("Q", "hearts")
print(c)
print(str(c))
print(repr(c))
print(f"{c}")
print(f"{c!r}")
print(f"{c!s}")
hand = [c, Card("7", "spades")]
print(hand)
print([str(h) for h in hand])
print(", ".join([str(h) for h in hand]))
print("card:", c, "end")
print({c.rank: c})

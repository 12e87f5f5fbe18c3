# Members are singletons: compare with `is` and `==`; a plain Enum never equals its value.
from enum import Enum


class Suit(Enum):
    HEARTS = 1
    SPADES = 2


class Other(Enum):
    HEARTS = 1


a = Suit.HEARTS
b = Suit(1)
print(a is b, a == b, a != b)
print(a is Suit.SPADES, a == Suit.SPADES, a != Suit.SPADES)
print(Suit.HEARTS == 1, Suit.HEARTS.value == 1)
print(Suit.HEARTS == Other.HEARTS)
print(Suit.HEARTS is not Suit.SPADES)
hand = [Suit.HEARTS, Suit.SPADES, Suit.HEARTS]
print(hand.count(Suit.HEARTS), Suit.SPADES in hand)
print(hand.index(Suit.SPADES))
print(hand == [Suit(1), Suit(2), Suit(1)])
print(hash(Suit.HEARTS) == hash(Suit(1)))
print(bool(Suit.HEARTS))

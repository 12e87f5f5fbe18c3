# Enum members with tuple values unpacked in __init__; class-level helpers over members.
from enum import Enum


class Coin(Enum):
    PENNY = (1, "copper")
    NICKEL = (5, "nickel")
    DIME = (10, "silver")
    QUARTER = (25, "silver")

    def __init__(self, cents: int, metal: str) -> None:
        self.cents = cents
        self.metal = metal

    @classmethod
    def largest_first(cls) -> list["Coin"]:
        coins = list(cls)
        coins.reverse()
        return coins


print(Coin.DIME.value, Coin.DIME.cents, Coin.DIME.metal)
print(Coin.QUARTER)
print(Coin((5, "nickel")))


def make_change(amount: int) -> dict[Coin, int]:
    result: dict[Coin, int] = {}
    for c in Coin.largest_first():
        if amount >= c.cents:
            result[c] = amount // c.cents
            amount = amount % c.cents
    return result


for amt in [41, 99, 7]:
    change = make_change(amt)
    print(amt, [(c.name, n) for c, n in change.items()])
print([c.name for c in Coin if c.metal == "silver"])

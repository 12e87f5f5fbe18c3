# Enum members as dictionary keys and set elements.
from enum import Enum


class Fruit(Enum):
    APPLE = 1
    BANANA = 2
    CHERRY = 3


prices: dict[Fruit, int] = {Fruit.APPLE: 30, Fruit.BANANA: 12}
prices[Fruit.CHERRY] = 99
print(prices[Fruit.BANANA])
print(Fruit.CHERRY in prices)
basket = [Fruit.APPLE, Fruit.CHERRY, Fruit.APPLE, Fruit.BANANA, Fruit.APPLE]
counts: dict[Fruit, int] = {}
for f in basket:
    counts[f] = counts.get(f, 0) + 1
print(counts)
for f in Fruit:
    print(f.name, counts[f], counts[f] * prices[f])
kinds = set(basket)
print(len(kinds), Fruit.BANANA in kinds)
print(sorted([k.value for k in kinds]))
del counts[Fruit.APPLE]
print(counts)
print({f.name: f.value for f in Fruit})

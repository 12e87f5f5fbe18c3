# Aggregating and filtering a list of dataclass records.
from dataclasses import dataclass


@dataclass
class Sale:
    item: str
    qty: int
    price: int

    def total(self) -> int:
        return self.qty * self.price


sales = [
    Sale("apple", 3, 50),
    Sale("pear", 1, 80),
    Sale("apple", 2, 50),
    Sale("plum", 10, 15),
    Sale("pear", 4, 75),
]
grand = 0
for s in sales:
    grand += s.total()
print("grand total:", grand)
by_item: dict[str, int] = {}
for s in sales:
    by_item[s.item] = by_item.get(s.item, 0) + s.total()
for name in sorted(by_item):
    print(name, by_item[name])
big = [s for s in sales if s.total() >= 150]
print(big)
best = sales[0]
for s in sales:
    if s.total() > best.total():
        best = s
print("best:", best)
for s in sales:
    s.price = s.price * 2
print([s.total() for s in sales])

# Generator methods on a class that read and update instance attributes.
from typing import Iterator


class Inventory:
    def __init__(self) -> None:
        self.items: dict[str, int] = {}

    def add(self, name: str, qty: int) -> None:
        self.items[name] = self.items.get(name, 0) + qty

    def low_stock(self, threshold: int) -> Iterator[str]:
        for name, qty in self.items.items():
            if qty < threshold:
                yield name

    def restock(self, amount: int) -> Iterator[tuple[str, int]]:
        for name in list(self.low_stock(5)):
            self.items[name] += amount
            yield (name, self.items[name])


inv = Inventory()
inv.add("bolts", 2)
inv.add("nuts", 10)
inv.add("screws", 4)
inv.add("bolts", 1)
print(list(inv.low_stock(5)))
for name, qty in inv.restock(20):
    print("restocked", name, qty)
print(list(inv.low_stock(5)))
print(inv.items)

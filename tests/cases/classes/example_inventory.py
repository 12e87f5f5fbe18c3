"""Inventory: dataclasses, an enum of states and a match over them."""

from dataclasses import dataclass, field
from enum import Enum


class Status(Enum):
    IN_STOCK = "in stock"
    LOW = "low"
    OUT = "out"


@dataclass(order=True)
class Item:
    name: str
    price: float
    quantity: int = 0
    tags: list[str] = field(default_factory=list)

    def status(self) -> Status:
        if self.quantity == 0:
            return Status.OUT
        if self.quantity < 5:
            return Status.LOW
        return Status.IN_STOCK


def label(item: Item) -> str:
    match item.status():
        case Status.OUT:
            return f"{item.name}: sold out"
        case Status.LOW:
            return f"{item.name}: only {item.quantity} left"
        case _:
            return f"{item.name}: {item.quantity} at {item.price:.2f}"


items = [Item("pen", 1.5, 10), Item("ink", 7.25, 3, ["refill"]), Item("pad", 3.0)]
for item in sorted(items):
    print(label(item), item.status().value)
print(items[1])
print(Item("pen", 1.5, 10) == items[0], Status.LOW)

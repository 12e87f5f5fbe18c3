# An inventory class holding a dict of str -> Item objects: restock, sell, report, low-stock list.
class Item:
    def __init__(self, name: str, price: float, stock: int):
        self.name = name
        self.price = price
        self.stock = stock
        self.sold = 0


class Inventory:
    def __init__(self):
        self.items: dict[str, Item] = {}
        self.revenue = 0.0

    def add(self, item: Item):
        self.items[item.name] = item

    def sell(self, name: str, qty: int) -> bool:
        if name not in self.items:
            print("unknown item", name)
            return False
        it = self.items[name]
        if it.stock < qty:
            print(f"only {it.stock} {name} left")
            return False
        it.stock -= qty
        it.sold += qty
        self.revenue += qty * it.price
        return True

    def restock(self, name: str, qty: int):
        self.items[name].stock += qty

    def low(self, threshold: int) -> list[str]:
        return sorted([n for n, it in self.items.items() if it.stock < threshold])


inv = Inventory()
inv.add(Item("apple", 0.5, 20))
inv.add(Item("melon", 3.25, 2))
inv.add(Item("pear", 0.75, 8))
print(inv.sell("apple", 15), inv.sell("melon", 3), inv.sell("kiwi", 1), inv.sell("pear", 8))
print(inv.low(5))
inv.restock("pear", 10)
print(inv.low(5), inv.items["pear"].stock)
print(f"revenue {inv.revenue:.2f}")
for name, it in inv.items.items():
    print(f"{name:<6}{it.stock:>4}{it.sold:>4}")

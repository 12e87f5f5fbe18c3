# An annotated inventory class used by unannotated functions; dict[str, int] types agree.
class Inventory:
    def __init__(self) -> None:
        self.stock: dict[str, int] = {}

    def add(self, item: str, n: int) -> None:
        self.stock[item] = self.stock.get(item, 0) + n

    def take(self, item, n):
        have = self.stock.get(item, 0)
        if have < n:
            return False
        self.stock[item] = have - n
        return True

    def total(self) -> int:
        return sum(self.stock.values())


def restock(inv, orders):
    for item, n in orders:
        inv.add(item, n)


def report(inv: Inventory) -> str:
    return ", ".join(k + "=" + str(v) for k, v in sorted(inv.stock.items()))


inv = Inventory()
restock(inv, [("apple", 5), ("pear", 2), ("apple", 3)])
print(report(inv), inv.total())
print(inv.take("apple", 6), inv.take("pear", 5), inv.take("fig", 1))
print(report(inv), inv.total())

# An inventory that reserves stock per order, rolling back with custom errors when an order fails.
class OutOfStock(Exception):
    def __init__(self, sku: str, wanted: int, have: int) -> None:
        super().__init__(sku, wanted, have)
        self.sku = sku
        self.wanted = wanted
        self.have = have

    def __str__(self) -> str:
        return f"{self.sku}: wanted {self.wanted}, only {self.have}"


stock = {"apple": 5, "pear": 2, "plum": 0}


def reserve(order: dict[str, int]) -> None:
    taken: list[tuple[str, int]] = []
    try:
        for sku, qty in order.items():
            have = stock[sku]
            if qty > have:
                raise OutOfStock(sku, qty, have)
            stock[sku] = have - qty
            taken.append((sku, qty))
    except Exception:
        for sku, qty in taken:
            stock[sku] += qty
        print("  rolled back", taken)
        raise


orders = [{"apple": 2, "pear": 1}, {"apple": 1, "pear": 5}, {"apple": 1, "kiwi": 1}, {"plum": 0, "apple": 2}]
for order in orders:
    try:
        reserve(order)
        print("reserved", order)
    except OutOfStock as e:
        print("out of stock:", e, "| args", e.args)
    except KeyError as e:
        print("unknown sku:", e)
    print("  stock", stock)

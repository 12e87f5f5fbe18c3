# A dataclass holding a list of other dataclasses: a shopping cart with line items, merging, totals and discounts.
from dataclasses import dataclass, field


@dataclass
class LineItem:
    sku: str
    unit_cents: int
    qty: int = 1

    def cost(self) -> int:
        return self.unit_cents * self.qty


@dataclass
class Cart:
    owner: str
    items: list[LineItem] = field(default_factory=list)
    coupon: str = ""

    def add(self, sku: str, unit_cents: int, qty: int):
        for it in self.items:
            if it.sku == sku:
                it.qty += qty
                return
        self.items.append(LineItem(sku, unit_cents, qty))

    def subtotal(self) -> int:
        return sum([it.cost() for it in self.items])

    def total(self) -> int:
        sub = self.subtotal()
        if self.coupon == "HALF":
            return sub // 2
        if self.coupon == "TENOFF" and sub >= 1000:
            return sub - 1000
        return sub


cart = Cart("ann")
cart.add("apple", 50, 6)
cart.add("bread", 325, 1)
cart.add("apple", 50, 4)
print(cart)
print(cart.subtotal(), cart.total())
cart.coupon = "TENOFF"
print(cart.total())
cart.coupon = "HALF"
print(cart.total(), len(cart.items), cart.items[0])
other = Cart("bob", [LineItem("milk", 120), LineItem("eggs", 299, 2)], "TENOFF")
print(other.total(), [it.cost() for it in other.items])
print(Cart("x") == Cart("x"), Cart("x", [LineItem("a", 1)]) == Cart("x", [LineItem("a", 1, 1)]))
biggest = cart.items[0]
for it in cart.items + other.items:
    if it.cost() > biggest.cost():
        biggest = it
print(biggest)

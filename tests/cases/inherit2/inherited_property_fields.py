# Properties and fields defined in a base class are read through subclasses; a subclass overrides a property.
class Item:
    def __init__(self, name: str, price: int, qty: int):
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def total(self) -> int:
        return self.price * self.qty

    @property
    def label(self) -> str:
        return f"{self.name} x{self.qty}"


class DiscountItem(Item):
    def __init__(self, name: str, price: int, qty: int, percent: int):
        super().__init__(name, price, qty)
        self.percent = percent

    @property
    def total(self) -> int:
        return self.price * self.qty * (100 - self.percent) // 100


class BulkItem(DiscountItem):
    @property
    def label(self) -> str:
        return f"{self.name} (bulk of {self.qty})"


class Temp:
    def __init__(self, celsius: float):
        self._c = celsius

    @property
    def celsius(self) -> float:
        return self._c

    @celsius.setter
    def celsius(self, v: float):
        self._c = max(v, -273.15)


class Gauge(Temp):
    @property
    def fahrenheit(self) -> float:
        return self.celsius * 9 / 5 + 32


cart: list[Item] = [Item("pen", 3, 4), DiscountItem("pad", 10, 3, 20), BulkItem("clip", 1, 500, 50)]
for it in cart:
    print(it.label, it.total)
print(sum([it.total for it in cart]))
cart[2].qty = 1000
print(cart[2].label, cart[2].total)
g = Gauge(100.0)
print(g.celsius, g.fahrenheit)
g.celsius = -500.0
print(g.celsius, round(g.fahrenheit, 2))
g.celsius = 37.0
print(g.fahrenheit)

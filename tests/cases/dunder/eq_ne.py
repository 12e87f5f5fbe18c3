# __eq__ defines ==; != is derived from it automatically; list ==, `in`, count and index use __eq__.
class Money:
    def __init__(self, cents: int, currency: str):
        self.cents = cents
        self.currency = currency

    def __eq__(self, other: "Money") -> bool:
        return self.cents == other.cents and self.currency == other.currency


a = Money(100, "EUR")
b = Money(100, "EUR")
c = Money(100, "USD")
print(a == b, a != b, a is b)
print(a == c, a != c)
wallet = [Money(5, "EUR"), Money(100, "USD"), Money(100, "EUR")]
print(a in wallet, Money(1, "EUR") in wallet)
print(wallet.count(b), wallet.index(c))
print([Money(1, "X"), Money(2, "Y")] == [Money(1, "X"), Money(2, "Y")])
print([Money(1, "X")] == [Money(1, "Z")])
b.cents = 101
print(a == b, a != b)

# A Money class stored in integer cents: formatting via __str__, +, -, * int, comparison, sum and sorting.
class Money:
    def __init__(self, cents: int):
        self.cents = cents

    @classmethod
    def of(cls, units: int, cents: int) -> "Money":
        return cls(units * 100 + cents)

    def __add__(self, o: "Money") -> "Money":
        return Money(self.cents + o.cents)

    def __radd__(self, o: int) -> "Money":
        return Money(self.cents + o)

    def __sub__(self, o: "Money") -> "Money":
        return Money(self.cents - o.cents)

    def __mul__(self, k: int) -> "Money":
        return Money(self.cents * k)

    def __eq__(self, o: "Money") -> bool:
        return self.cents == o.cents

    def __lt__(self, o: "Money") -> bool:
        return self.cents < o.cents

    def __str__(self) -> str:
        sign = "-" if self.cents < 0 else ""
        c = abs(self.cents)
        return f"{sign}${c // 100}.{c % 100:02d}"

    def __repr__(self) -> str:
        return f"Money({self.cents})"

    def split(self, n: int) -> list["Money"]:
        base = self.cents // n
        extra = self.cents % n
        return [Money(base + (1 if i < extra else 0)) for i in range(n)]


price = Money.of(19, 99)
tax = Money(160)
print(price, tax, price + tax, price - tax, tax - price)
print(price * 3, Money(5) * 0)
cart = [Money.of(2, 50), price, Money(75)]
print(sum(cart), sorted(cart))
print(max(cart), min(cart), Money(250) == cart[0])
parts = Money(1000).split(3)
print([str(p) for p in parts], sum(parts) == Money(1000))
print(f"total: {sum(cart) + tax}")

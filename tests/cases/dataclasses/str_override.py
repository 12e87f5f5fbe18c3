# A user-defined __str__ is used by print while the generated __repr__ stays.
from dataclasses import dataclass


@dataclass
class Money:
    cents: int
    currency: str

    def __str__(self) -> str:
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"

    def add(self, other: "Money") -> "Money":
        return Money(self.cents + other.cents, self.currency)


m = Money(1999, "EUR")
print(m)
print(repr(m))
print(f"{m}")
print(f"{m!r}")
print(str(m), len(str(m)))
print([m])
total = Money(0, "EUR")
for c in [250, 1005, 99]:
    total = total.add(Money(c, "EUR"))
print(total)
print(total == Money(1354, "EUR"))

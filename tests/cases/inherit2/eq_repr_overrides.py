# __eq__ and __repr__ defined in a base and overridden in subclasses; `in`, index and count over base-typed lists.
class Money:
    def __init__(self, cents: int):
        self.cents = cents

    def __eq__(self, other: "Money") -> bool:
        return self.cents == other.cents

    def __repr__(self) -> str:
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def add(self, other: "Money") -> "Money":
        return Money(self.cents + other.cents)


class Coin(Money):
    def __repr__(self) -> str:
        return f"coin({self.cents}c)"


class Note(Money):
    def __init__(self, dollars: int, serial: str):
        super().__init__(dollars * 100)
        self.serial = serial

    def __repr__(self) -> str:
        return "note#" + self.serial + "=" + super().__repr__()


wallet: list[Money] = [Coin(25), Note(5, "A1"), Money(250), Coin(10), Note(5, "B2"), Coin(25)]
print(wallet)
print(Money(500) in wallet, Money(1) in wallet, Coin(10) in wallet)
print(wallet.count(Money(25)), wallet.count(Note(5, "zz")), wallet.index(Money(250)))
print(Coin(25) == Money(25), Note(1, "x") == Coin(100), Coin(5) != Coin(6))
total = Money(0)
for m in wallet:
    total = total.add(m)
print(total, repr(total), str(wallet[1]))
print(f"{wallet[0]} and {wallet[1]!r}")
unique: list[Money] = []
for m in wallet:
    if m not in unique:
        unique.append(m)
print(unique, len(unique))
wallet.remove(Money(500))
print(wallet)

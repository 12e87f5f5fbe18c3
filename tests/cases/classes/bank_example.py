"""Bank accounts: a class with fields, methods, a property, a class attribute and dunders."""


class Account:
    """An account with a balance in cents."""

    opened = 0

    def __init__(self, owner: str, balance: int):
        self.owner = owner
        self.balance = balance
        self.history: list[int] = []
        Account.opened += 1

    def deposit(self, amount: int):
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount: int):
        if amount > self.balance:
            raise ValueError(f"{self.owner}: insufficient funds")
        self.balance -= amount
        self.history.append(-amount)

    @property
    def euros(self) -> float:
        return self.balance / 100

    def __repr__(self) -> str:
        return f"Account({self.owner!r}, {self.balance})"

    def __lt__(self, other: "Account") -> bool:
        return self.balance < other.balance


class Savings(Account):
    """An account that earns interest."""

    def __init__(self, owner: str, balance: int, rate: float):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        self.deposit(int(self.balance * self.rate))


alice = Account("alice", 5000)
bob = Account("bob", 1200)
alice.deposit(250)
bob.withdraw(200)
print(sorted([alice, bob]), Account.opened)
print(f"{alice.euros:.2f}", alice.history)
s = Savings("carol", 10000, 0.05)
s.add_interest()
print(s, s.history)
bob.withdraw(5000)

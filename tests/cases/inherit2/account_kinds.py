# Savings/checking/credit accounts override withdraw rules and call super(); failures are reported, not raised.
class Account:
    def __init__(self, owner: str, balance: int):
        self.owner = owner
        self.balance = balance
        self.log: list[str] = []

    def can_withdraw(self, amount: int) -> bool:
        return amount <= self.balance

    def withdraw(self, amount: int) -> bool:
        if not self.can_withdraw(amount):
            self.log.append(f"denied {amount}")
            return False
        self.balance -= amount
        self.log.append(f"-{amount}")
        return True

    def month_end(self):
        pass


class Savings(Account):
    def __init__(self, owner: str, balance: int, rate: int):
        super().__init__(owner, balance)
        self.rate = rate
        self.withdrawals = 0

    def can_withdraw(self, amount: int) -> bool:
        return self.withdrawals < 2 and super().can_withdraw(amount)

    def withdraw(self, amount: int) -> bool:
        ok = super().withdraw(amount)
        if ok:
            self.withdrawals += 1
        return ok

    def month_end(self):
        self.balance += self.balance * self.rate // 100
        self.withdrawals = 0


class Credit(Account):
    def __init__(self, owner: str, limit: int):
        super().__init__(owner, 0)
        self.limit = limit

    def can_withdraw(self, amount: int) -> bool:
        return self.balance - amount >= -self.limit

    def month_end(self):
        if self.balance < 0:
            self.balance -= (-self.balance) * 2 // 100
            self.log.append("interest")


accounts: list[Account] = [Account("chk", 100), Savings("sav", 1000, 5), Credit("card", 300)]
for amount in [50, 80, 200]:
    print(amount, [a.withdraw(amount) for a in accounts])
print([a.balance for a in accounts])
for a in accounts:
    a.month_end()
print([a.balance for a in accounts])
print(accounts[1].withdraw(10), accounts[2].withdraw(10))
for a in accounts:
    print(a.owner, type(a).__name__, a.log)

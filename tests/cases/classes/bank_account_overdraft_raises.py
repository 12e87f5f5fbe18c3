# A bank account whose withdraw raises ValueError on overdraft; the last withdrawal is uncaught (exit 1).
class Account:
    def __init__(self, owner: str, balance: int):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount: int):
        self.balance += amount

    def withdraw(self, amount: int):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount


acct = Account("carol", 40)
acct.deposit(60)
print("balance", acct.balance)
for amount in [30, 25, 40]:
    acct.withdraw(amount)
    print("withdrew", amount, "left", acct.balance)
print("now withdrawing 10")
acct.withdraw(10)
print("never printed")

# An uncaught user exception whose __str__ builds the message shown on the last stderr line.
class InsufficientFunds(Exception):
    def __init__(self, balance: int, amount: int) -> None:
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount

    def __str__(self) -> str:
        return f"balance {self.balance} is less than {self.amount}"


balance = 50
for amount in [10, 15, 30]:
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    balance -= amount
    print("paid", amount, "left", balance)
print("unreachable")

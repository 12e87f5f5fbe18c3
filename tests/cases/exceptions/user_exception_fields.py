# A user exception whose __init__ stores fields and passes the message to super().__init__.
class InsufficientFunds(Exception):
    def __init__(self, balance: int, amount: int) -> None:
        self.balance = balance
        self.amount = amount
        self.shortfall = amount - balance
        super().__init__(f"need {amount}, have {balance}")


def withdraw(balance: int, amount: int) -> int:
    if amount > balance:
        raise InsufficientFunds(balance, amount)
    return balance - amount


balance = 100
for amount in [30, 50, 40, 20]:
    try:
        balance = withdraw(balance, amount)
        print("withdrew", amount, "balance", balance)
    except InsufficientFunds as e:
        print("refused:", e)
        print("  shortfall", e.shortfall, "fields", e.balance, e.amount)
        print("  args", e.args)
        print("  repr", repr(e))
print("final", balance)

# A custom exception class storing fields and calling super().__init__(message).
class InsufficientFunds(Exception):
    def __init__(self, account: str, balance: int, amount: int) -> None:
        self.account = account
        self.balance = balance
        self.amount = amount
        super().__init__(f"{account}: cannot withdraw {amount}, balance is {balance}")


def withdraw(balances: dict[str, int], account: str, amount: int) -> int:
    if amount <= 0:
        raise ValueError(f"invalid amount {amount}")
    current = balances[account]
    if amount > current:
        raise InsufficientFunds(account, current, amount)
    balances[account] = current - amount
    return balances[account]


accounts: dict[str, int] = {"alice": 100, "bob": 20}
for who, amt in [("alice", 30), ("bob", 50), ("alice", -5), ("carol", 1), ("alice", 70)]:
    try:
        left = withdraw(accounts, who, amt)
        print("ok", who, left)
    except InsufficientFunds as short:
        print("short by", short.amount - short.balance, "|", short, "|", short.account)
    except (ValueError, KeyError) as bad:
        print(type(bad).__name__, str(bad), bad.args)
print(accounts)

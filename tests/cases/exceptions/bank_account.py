# A bank service with custom errors for unknown accounts, bad amounts and overdrafts.
class BankError(Exception):
    pass


class AccountNotFound(BankError):
    def __init__(self, name: str) -> None:
        super().__init__(f"no account named {name!r}")
        self.name = name


class InsufficientFunds(BankError):
    def __init__(self, name: str, balance: int, amount: int) -> None:
        super().__init__(f"{name} has {balance}, cannot withdraw {amount}")
        self.missing = amount - balance


class Bank:
    def __init__(self) -> None:
        self.accounts: dict[str, int] = {}

    def open(self, name: str, deposit: int) -> None:
        if deposit < 0:
            raise ValueError(f"negative deposit: {deposit}")
        self.accounts[name] = deposit

    def balance(self, name: str) -> int:
        if name not in self.accounts:
            raise AccountNotFound(name)
        return self.accounts[name]

    def transfer(self, src: str, dst: str, amount: int) -> None:
        have = self.balance(src)
        self.balance(dst)
        if amount > have:
            raise InsufficientFunds(src, have, amount)
        self.accounts[src] = have - amount
        self.accounts[dst] += amount


bank = Bank()
bank.open("alice", 100)
bank.open("bob", 20)
for src, dst, amt in [("alice", "bob", 30), ("bob", "carol", 5), ("bob", "alice", 80), ("alice", "bob", 70)]:
    try:
        bank.transfer(src, dst, amt)
        print("ok", src, "->", dst, amt)
    except InsufficientFunds as e:
        print("declined:", e, "missing", e.missing)
    except BankError as e:
        print("bank error:", type(e).__name__, e)
try:
    bank.open("dave", -5)
except ValueError as e:
    print("open failed:", e)
print(sorted(bank.accounts.items()))

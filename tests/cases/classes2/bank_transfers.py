# A bank holding several accounts in a dict: transfers, rejected transfers, a ledger and interest.
class Account:
    def __init__(self, number: int, owner: str, balance: int):
        self.number = number
        self.owner = owner
        self.balance = balance
        self.history: list[int] = []

    def apply(self, delta: int):
        self.balance += delta
        self.history.append(delta)

    def __repr__(self) -> str:
        return f"#{self.number}({self.owner}: {self.balance})"


class Bank:
    def __init__(self, name: str):
        self.name = name
        self.accounts: dict[int, Account] = {}
        self.next_number = 100
        self.ledger: list[str] = []

    def open(self, owner: str, deposit: int) -> Account:
        acct = Account(self.next_number, owner, deposit)
        self.accounts[acct.number] = acct
        self.next_number += 1
        return acct

    def transfer(self, src: int, dst: int, amount: int) -> bool:
        if src not in self.accounts or dst not in self.accounts:
            self.ledger.append(f"bad account {src}->{dst}")
            return False
        a = self.accounts[src]
        b = self.accounts[dst]
        if amount <= 0 or a.balance < amount:
            self.ledger.append(f"refused {amount} from {a.owner}")
            return False
        a.apply(-amount)
        b.apply(amount)
        self.ledger.append(f"{a.owner} -> {b.owner}: {amount}")
        return True

    def total(self) -> int:
        return sum([a.balance for a in self.accounts.values()])

    def add_interest(self, percent: int):
        for a in self.accounts.values():
            a.apply(a.balance * percent // 100)


bank = Bank("First")
ann = bank.open("ann", 500)
bob = bank.open("bob", 120)
cy = bank.open("cy", 0)
print(list(bank.accounts.values()), bank.total())
print(bank.transfer(100, 101, 200), bank.transfer(101, 102, 400), bank.transfer(101, 102, 320))
print(bank.transfer(102, 999, 1), bank.transfer(100, 101, 0))
print(ann, bob, cy, bank.total())
bank.add_interest(10)
print(list(bank.accounts.values()), bank.total())
for line in bank.ledger:
    print(line)
print(bob.history, cy.history)
richest = ann
for a in bank.accounts.values():
    if a.balance > richest.balance:
        richest = a
print("richest:", richest.owner)

# A bank account: deposits, withdrawals with an overdraft check that prints and refuses, and a transfer.
class BankAccount:
    interest_rate = 0.02

    def __init__(self, owner: str, balance: int):
        self.owner = owner
        self.balance = balance
        self.history: list[str] = []

    def deposit(self, amount: int):
        if amount <= 0:
            print("invalid deposit", amount)
            return
        self.balance += amount
        self.history.append(f"+{amount}")

    def withdraw(self, amount: int) -> bool:
        if amount > self.balance:
            print(f"{self.owner}: insufficient funds for {amount} (balance {self.balance})")
            return False
        self.balance -= amount
        self.history.append(f"-{amount}")
        return True

    def transfer(self, other: "BankAccount", amount: int) -> bool:
        if self.withdraw(amount):
            other.deposit(amount)
            return True
        return False

    def add_interest(self):
        self.balance += int(self.balance * self.interest_rate)


alice = BankAccount("alice", 100)
bob = BankAccount("bob", 20)
alice.deposit(50)
alice.deposit(-5)
print(alice.withdraw(30), alice.balance)
print(bob.withdraw(100), bob.balance)
print(alice.transfer(bob, 70), alice.balance, bob.balance)
print(bob.transfer(alice, 500), alice.balance, bob.balance)
alice.add_interest()
bob.add_interest()
print(alice.balance, bob.balance)
print(alice.history)
print(bob.history)

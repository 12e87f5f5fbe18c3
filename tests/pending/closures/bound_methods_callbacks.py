# Bound methods remember their instance when stored and called later as callbacks.
from typing import Callable


class Account:
    def __init__(self, owner: str, balance: int) -> None:
        self.owner = owner
        self.balance = balance

    def deposit(self, amount: int) -> int:
        self.balance += amount
        return self.balance

    def withdraw(self, amount: int) -> int:
        self.balance -= amount
        return self.balance


a = Account("ann", 100)
b = Account("bob", 10)
actions: list[tuple[Callable[[int], int], int]] = [
    (a.deposit, 50),
    (b.deposit, 5),
    (a.withdraw, 30),
    (b.withdraw, 1),
    (a.deposit, 1),
]
for fn, amt in actions:
    print(fn.__name__, amt, "->", fn(amt))
print(a.owner, a.balance, b.owner, b.balance)
dep = a.deposit
print(dep(0), dep(9), a.balance)

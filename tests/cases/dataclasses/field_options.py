# field(default=...), field(repr=False) and field(compare=False) tune generated methods.
from dataclasses import dataclass, field


@dataclass
class Account:
    owner: str
    balance: int = field(default=0)
    secret: str = field(default="", repr=False)
    visits: int = field(default=0, compare=False)


a = Account("ann")
print(a)
b = Account("ann", 0, "hunter2", 5)
print(b)
print(a == b)
c = Account("ann", 0, "", 99)
print(c, a == c)
print(c.visits, b.secret)
b.balance += 50
print(b, a == b)
accounts = [Account("x", 3, "s1", 1), Account("y", 4, "s2", 2)]
print(accounts)
print(sum([acc.balance for acc in accounts]))

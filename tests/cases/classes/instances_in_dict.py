# Instances stored as dict values: lookup, update through the dict, iteration in insertion order.
class Account:
    def __init__(self, owner: str, balance: int):
        self.owner = owner
        self.balance = balance


accounts: dict[str, Account] = {}
for name, amount in [("ann", 100), ("bob", 50), ("cid", 0)]:
    accounts[name] = Account(name.upper(), amount)
print(len(accounts), list(accounts.keys()))
accounts["bob"].balance += 25
a = accounts["ann"]
a.balance -= 40
print(accounts["ann"].balance, accounts["bob"].balance)
for key, acc in accounts.items():
    print(key, acc.owner, acc.balance)
print("cid" in accounts, "dan" in accounts)
accounts["dan"] = Account("DAN", 7)
total = 0
for acc in accounts.values():
    total += acc.balance
print(total)
del accounts["cid"]
print(sorted(accounts.keys()))
richest = accounts["ann"]
for acc in accounts.values():
    if acc.balance > richest.balance:
        richest = acc
print("richest:", richest.owner)

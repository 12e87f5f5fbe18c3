# Methods and functions returning the base type: upgrade() chains, pick() among subclasses, and comparisons.
class Plan:
    def __init__(self, users: int):
        self.users = users

    def name(self) -> str:
        return "free"

    def price(self) -> int:
        return 0

    def upgrade(self) -> "Plan":
        return Basic(self.users)

    def __repr__(self) -> str:
        return f"{self.name()}({self.users})=${self.price()}"


class Basic(Plan):
    def name(self) -> str:
        return "basic"

    def price(self) -> int:
        return 5 * self.users

    def upgrade(self) -> Plan:
        return Pro(self.users, 10)


class Pro(Plan):
    def __init__(self, users: int, storage: int):
        super().__init__(users)
        self.storage = storage

    def name(self) -> str:
        return "pro"

    def price(self) -> int:
        return 12 * self.users + self.storage

    def upgrade(self) -> Plan:
        return Pro(self.users, self.storage * 2)


def pick(budget: int, users: int) -> Plan:
    choice: Plan = Plan(users)
    candidate = choice.upgrade()
    while candidate.price() <= budget and candidate.price() > choice.price():
        choice = candidate
        candidate = candidate.upgrade()
    return choice


p: Plan = Plan(3)
history: list[Plan] = [p]
for _ in range(4):
    p = p.upgrade()
    history.append(p)
print(history)
print([x.name() for x in history], [x.price() for x in history])
for budget in [0, 20, 50, 60, 100]:
    print(budget, pick(budget, 4))
cheapest = min([x.price() for x in history[1:]])
print(cheapest, [x for x in history if x.price() == cheapest])

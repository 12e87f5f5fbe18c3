# Unannotated bank account and 2-D vector classes with fields updated by methods and dunders.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history.append(-amount)
        return True


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


acct = Account("eve", 100)
acct.deposit(25)
print(acct.withdraw(500), acct.withdraw(60), acct.balance, acct.history)
empty = Account("zed")
empty.deposit(1)
print(empty.owner, empty.balance, empty.history)
a = Vec(1, 2)
b = Vec(3, -4)
print(a + b, a.scale(3), a.dot(b), (a + b).scale(2).dot(a))
total = Vec(0, 0)
for v in [a, b, Vec(10, 10)]:
    total = total + v
print(total, total.x, total.y)

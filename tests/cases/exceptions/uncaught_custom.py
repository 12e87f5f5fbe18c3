# An uncaught custom exception after handled ones terminates the program with exit code 1.
class QuotaExceeded(Exception):
    def __init__(self, user: str, used: int, limit: int) -> None:
        self.user = user
        super().__init__(f"{user} used {used} of {limit}")


def charge(usage: dict[str, int], user: str, amount: int, limit: int) -> None:
    new_total = usage.get(user, 0) + amount
    if new_total > limit:
        raise QuotaExceeded(user, new_total, limit)
    usage[user] = new_total


usage: dict[str, int] = {}
try:
    charge(usage, "amy", 8, 10)
    charge(usage, "amy", 5, 10)
except QuotaExceeded as e:
    print("handled:", e, e.user)
print(usage)
charge(usage, "ben", 4, 10)
print(usage)
charge(usage, "ben", 7, 10)
print("never printed")

# itertools.accumulate with and without a function and with initial= for account balances.
import operator
from itertools import accumulate

deposits = [100, -30, 45, -120, 60, -10]
balances = list(accumulate(deposits))
print(balances)
print(list(accumulate(deposits, initial=500)))
print(list(accumulate(deposits, operator.add, initial=0)))

lowest = list(accumulate(balances, min))
highest = list(accumulate(balances, max))
print(lowest)
print(highest)

overdrawn = [i for i, b in enumerate(balances) if b < 0]
print("overdrawn at days:", overdrawn)

rates = [2, 3, 1, 4]
growth = list(accumulate(rates, operator.mul))
print(growth)
print(list(accumulate(rates, lambda acc, r: acc * 10 + r, initial=0)))
no_moves: list[int] = []
print(list(accumulate(no_moves, initial=7)))
print(list(accumulate(["a", "b", "c"])))

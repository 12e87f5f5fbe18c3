# itertools.groupby on tuples sorted with operator.itemgetter, aggregating each group.
import itertools
import operator

sales = [("east", 10), ("west", 5), ("east", 7), ("north", 1), ("west", 20)]
sales.sort(key=operator.itemgetter(0))
print(sales)
for region, rows in itertools.groupby(sales, key=operator.itemgetter(0)):
    amounts = [amount for _, amount in rows]
    print(region, amounts, sum(amounts))
runs = [k for k, _ in itertools.groupby([5, 5, 6, 6, 6, 5])]
print(runs)

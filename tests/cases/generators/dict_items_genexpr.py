# Generator expressions over dict.items(), keys and values with sum/max/min/sorted.
stock: dict[str, int] = {"apple": 12, "pear": 0, "kiwi": 7, "plum": 3, "fig": 0}
prices: dict[str, float] = {"apple": 0.5, "pear": 0.75, "kiwi": 0.25, "plum": 1.0, "fig": 2.0}

value = sum(qty * prices[name] for name, qty in stock.items())
print(value)
out_of_stock = sorted(name for name, qty in stock.items() if qty == 0)
print(out_of_stock)
print(max((qty, name) for name, qty in stock.items()))
print(min(len(k) for k in stock))
print(", ".join(f"{k}={v}" for k, v in sorted(prices.items()) if v < 1))
restock = dict((name, 10 - qty) for name, qty in stock.items() if qty < 10)
print(restock)
print(any(v > 1.5 for v in prices.values()), all(q >= 0 for q in stock.values()))
pairs = ((name, stock[name]) for name in prices)
print(next(pairs))
print(list(pairs))

# List comprehensions over dict keys, values and items.
prices = {"tea": 3, "coffee": 4, "cake": 5, "water": 1}
print([k for k in prices])
print([k for k in prices if prices[k] > 2])
print([v * 2 for v in prices.values()])
print([f"{k}={v}" for k, v in prices.items()])
print(sorted([v for v in prices.values()]))
cheap = [k for k, v in prices.items() if v <= 3]
print(cheap)
total = sum([v for k, v in prices.items() if k != "water"])
print(total)
pairs = [(v, k) for k, v in prices.items()]
pairs.sort()
print(pairs)
print([k.upper() for k in list(prices.keys())[:2]])

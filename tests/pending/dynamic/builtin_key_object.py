# Builtin functions as key= over values of mixed types.
vals = [3, -2.5, True, -7, 0.5]
print(sorted(vals, key=abs))
print(max(vals, key=abs), min(vals, key=abs))
vals.sort(key=abs, reverse=True)
print(vals)
prices = {0.5: "half", 0.25: "quarter"}
print(sorted(prices.items()))
print(sorted([2, 1.5, "3"], key=str))

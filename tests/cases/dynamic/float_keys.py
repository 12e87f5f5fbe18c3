# Dicts keyed by floats.
prices = {0.5: "half", 0.25: "quarter", 1.0: "one"}
print(prices)
print(prices[0.5], prices[1], 0.25 in prices, 0.3 in prices)
hist = {}
for v in [0.1, 0.2, 0.1, 0.30000000000000004, 0.1 + 0.2]:
    hist[v] = hist.get(v, 0) + 1
print(hist)
print(sorted(prices))
for k in sorted(prices):
    print(k, prices[k])
buckets = {}
for x in [1.2, 3.7, 1.9, 2.0, 3.1]:
    b = float(int(x))
    if b not in buckets:
        buckets[b] = []
    buckets[b].append(x)
print(buckets)
print({-0.0: "z"}, {0.0: 1, -0.0: 2})
print(list(prices.keys()), list(prices.values()))

# A generator expression stored in a variable, partially consumed with next() then finished.
prices = [120, 45, 300, 80, 15, 230]
expensive = (p for p in prices if p > 50)
first = next(expensive)
second = next(expensive)
print(first, second)
remaining = list(expensive)
print(remaining)
print(list(expensive))
print(next(expensive, -1))

halves = (p // 2 for p in prices)
print(sum(halves))
print(sum(halves))

labels = (f"item{i}:{p}" for i, p in enumerate(prices))
for label in labels:
    if label.endswith("300"):
        break
    print(label)
print(next(labels))
print(list(labels))

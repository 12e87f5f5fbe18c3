# min, max, sum, sorted and len over a list of float measurements.
temps = [21.5, 19.0, 23.25, 18.75, 22.0, 20.5, 24.5]
print(len(temps), min(temps), max(temps), max(temps) - min(temps))
total = sum(temps)
print(total, total / len(temps), sum(temps, 100.0))
ordered = sorted(temps)
print(ordered)
mid = len(ordered) // 2
print("median", ordered[mid])
print("top3", sorted(temps, reverse=True)[:3])
above = [t for t in temps if t > total / len(temps)]
print(above, len(above))
deltas = [temps[i + 1] - temps[i] for i in range(len(temps) - 1)]
print(deltas, max(deltas), min(deltas))
print(sum([0.1] * 3), sum([0.1, 0.2]), sum([1e16, 1.0, -1e16]))

# Prefix sums, running maximum and moving averages over lists.
values = [3, -1, 4, 1, -5, 9, 2, -6]
prefix = [0]
for v in values:
    prefix.append(prefix[-1] + v)
print(prefix)
for i in range(len(values)):
    for j in range(i + 1, len(values) + 1, 3):
        print(f"sum[{i}:{j}] = {prefix[j] - prefix[i]}")
running_max: list[int] = []
m = values[0]
for v in values:
    if v > m:
        m = v
    running_max.append(m)
print(running_max)
window = 3
avgs: list[float] = []
for i in range(len(values) - window + 1):
    s = 0
    for k in range(i, i + window):
        s += values[k]
    avgs.append(s / window)
print(avgs)
best = values[0]
cur = 0
for v in values:
    cur = max(v, cur + v)
    best = max(best, cur)
print("max subarray", best)

# Comprehensions with indexing: prefix sums, differences and windows.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
prefix = [sum(xs[:i + 1]) for i in range(len(xs))]
print(prefix)
diffs = [xs[i + 1] - xs[i] for i in range(len(xs) - 1)]
print(diffs)
windows = [xs[i:i + 3] for i in range(len(xs) - 2)]
print(windows)
maxes = [max(w) for w in windows]
print(maxes)
avg = [sum(w) / 3 for w in windows]
print(avg)
peaks = [i for i in range(1, len(xs) - 1) if xs[i - 1] < xs[i] > xs[i + 1]]
print(peaks, [xs[i] for i in peaks])

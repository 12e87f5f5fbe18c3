# min() and max() of lists of ints, floats, strs and tuples.
xs = [3, -7, 12, 0, 12, -7]
print(min(xs), max(xs))
fs = [2.5, -0.5, 1e10, -1e-10]
print(min(fs), max(fs))
words = ["pear", "Apple", "fig", "banana", "éclair"]
print(min(words), max(words))
pairs = [(3, "c"), (1, "z"), (3, "a")]
print(min(pairs), max(pairs))
rows = [[1, 2], [1], [0, 9, 9]]
print(min(rows), max(rows))
single = [42]
print(min(single), max(single))
print(max([2 ** 100, 3 ** 60]), min([-(2 ** 100), -(3 ** 60)]))
scores = {"ann": 81, "bob": 95, "cy": 77}
print(max(list(scores.values())), min(list(scores.keys())))
best = max([(v, k) for k, v in scores.items()])
print(best)
print(max([len(w) for w in words]), min([w.lower() for w in words]))

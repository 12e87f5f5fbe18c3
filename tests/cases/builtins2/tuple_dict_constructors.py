# tuple(list) and dict(list of pairs).
xs = [1, 2, 3]
print(tuple(xs), tuple(["a"]))
pairs = [("a", 1), ("b", 2), ("a", 3)]
d = dict(pairs)
print(d, len(d))
words = ["x", "yy", "zzz"]
d2 = dict([(w, len(w)) for w in words])
print(d2)
d3 = dict([(i, str(i)) for i in range(4)])
print(d3)
empty_pairs: list[tuple[str, int]] = []
print(dict(empty_pairs))
inv = dict([(v, k) for k, v in d2.items()])
print(inv)
print(tuple(sorted(xs, reverse=True)))

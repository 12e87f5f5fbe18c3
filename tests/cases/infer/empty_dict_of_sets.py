# An empty dict whose values are sets built with setdefault(k, set()).add(...), and an empty set of pairs.
edges = [("a", "b"), ("b", "c"), ("a", "c"), ("c", "a"), ("d", "b"), ("a", "b")]

succ = {}
pred = {}
for u, v in edges:
    succ.setdefault(u, set()).add(v)
    pred.setdefault(v, set()).add(u)

for k in sorted(succ):
    print(k, sorted(succ[k]))
for k in sorted(pred):
    print(k, sorted(pred[k]), len(pred[k]))

pairs = set()
for u, v in edges:
    if u < v:
        pairs.add((u, v))
    else:
        pairs.add((v, u))
print(sorted(pairs), len(pairs))

both = set()
for k in succ:
    if k in pred:
        both.add(k)
print(sorted(both))
common = succ["a"] & pred["b"]
print(sorted(common), sorted(succ["a"] | succ["c"]))

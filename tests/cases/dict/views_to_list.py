# keys(), values() and items() in loops and passed to list().
d = {"x": 10, "y": 20, "z": 30}
ks = list(d.keys())
vs = list(d.values())
its = list(d.items())
print(ks, vs, its)
total = 0
for v in d.values():
    total += v
print(total)
for k in d.keys():
    print(k, d[k])
for k2, v2 in d.items():
    print(f"{k2} -> {v2 * 2}")
print(sorted(list(d.values()), reverse=True))
print(len(d), list(d.keys()) == ks)
inv: dict[int, str] = {}
for key, val in d.items():
    inv[val] = key
print(inv)
print(its[0], its[-1][0], its[1][1])

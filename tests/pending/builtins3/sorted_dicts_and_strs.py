# sorted(), list() and reversed() on dicts and strs directly.
d = {"pear": 3, "apple": 1, "fig": 2}
print(sorted(d), list(d), sorted(d, key=len), sorted(d, reverse=True))
print(sorted("banana"), list("héllo"), "".join(reversed("stressed")))
print(sorted(d.items(), key=len), sorted(d.values()))
print(list(reversed(d)), list(reversed(d.items())))
print(len(d), "apple" in d, "apple" in d.keys(), 2 in d.values(), ("fig", 2) in d.items())
print(d.keys() == {"fig", "pear", "apple"}, d.keys() & {"fig", "kiwi"})
print(d.keys(), d.values(), d.items())
print(tuple(d), sum(d.values()), min(d), max(d.items()))
for k in reversed(sorted(d)):
    print(k, d[k])

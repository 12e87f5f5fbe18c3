# get() with and without a default, setdefault() returning the stored value, update() forms.
d = {"a": 1}
print(d.get("a", 0), d.get("b", 0), d)
print(d.setdefault("a", 100), d.setdefault("b", 2), d)
groups: dict[str, list[str]] = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], [w[0].upper()])
    groups[w[0]].append(w)
print(groups)
d.update({"c": 3})
d.update({"d": 4, "a": 10})
print(d)
print(len(d))
copy = d.copy()
copy.update(d)
print(copy == d, copy is d)

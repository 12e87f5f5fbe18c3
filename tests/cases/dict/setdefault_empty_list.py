# setdefault() with an empty list display as the default (rustc: expected `List<Str>`, found `List<()>`).
groups: dict[str, list[str]] = {}
for w in ["apple", "avocado", "banana"]:
    groups.setdefault(w[0], [])
    groups[w[0]].append(w)
print(groups)

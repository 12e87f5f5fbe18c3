# Lists stored in a dict are shared with every other name that holds them.
groups: dict[str, list[int]] = {}
evens: list[int] = []
groups["even"] = evens
groups["odd"] = []
for n in range(8):
    if n % 2 == 0:
        groups["even"].append(n)
    else:
        groups["odd"].append(n)
print(groups, evens)
evens.append(100)
print(groups["even"])
groups["both"] = evens
groups["both"].append(200)
print(groups)
copy = groups.copy()
copy["odd"].append(99)
copy["new"] = [0]
print(groups["odd"], "new" in groups, "new" in copy)
odd = groups.pop("odd")
odd.append(77)
print(odd, copy["odd"], sorted(groups))
table = {k: v for k, v in copy.items()}
table["even"].clear()
print(groups["both"], evens)

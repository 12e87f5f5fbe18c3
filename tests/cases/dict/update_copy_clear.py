# update() merges, copy() makes an independent dict, clear() empties in place.
base = {"a": 1, "b": 2}
extra = {"b": 20, "c": 30}
merged = base.copy()
merged.update(extra)
print(base, extra, merged)
alias = merged
alias["d"] = 4
print(merged)
snapshot = merged.copy()
merged.clear()
print(merged, alias, snapshot)
merged.update(snapshot)
print(len(merged) == len(snapshot), merged)
merged.update({"a": 100})
print(merged, snapshot["a"])
deep = {"xs": [1, 2]}
shallow = deep.copy()
shallow["xs"].append(3)
print(deep, shallow)
empty: dict[str, int] = {}
empty.update(base)
print(empty)

"""Iterating what a dict method returns: a view, or the value it gives."""

groups = {"a": ["x", "y"], "b": ["z"]}
for w in groups.get("a", []):
    print("a:", w)
for w in groups.get("missing", ["none"]):
    print("missing:", w)
print([w.upper() for w in groups.get("b", [])])
print(sorted(groups.copy()), [k for k in groups.keys()], list(groups.values()))
for w in groups.pop("a"):
    print("popped:", w)
print(groups, [len(v) for v in groups.setdefault("c", ["p", "q"])])

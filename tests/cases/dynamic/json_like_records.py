# Processing JSON-like records whose fields have different types.
records = [
    {"id": 1, "name": "ant", "tags": ["small", "red"], "weight": 0.01},
    {"id": 2, "name": "bee", "tags": [], "weight": None},
    {"id": 3, "name": "cat", "tags": ["pet"], "weight": 4},
]
for r in records:
    w = r["weight"]
    if w is None:
        w = "unknown"
    print(r["id"], str(r["name"]).upper(), len(r["tags"]), w)
known = [r["weight"] for r in records if r["weight"] is not None]
print(known, sum(known), max(known))
by_name = {}
for r in records:
    by_name[r["name"]] = r
print(by_name["cat"]["tags"], "bee" in by_name)
summary = {"count": len(records), "names": [r["name"] for r in records]}
summary["heaviest"] = max(known)
print(summary)
for key, value in summary.items():
    print(key, type(value).__name__, value)

# A missing str key raises KeyError with the quoted key.
counts = {"a": 1, "b": 2}
print(counts.get("x", 0), "x" in counts)
keys = "abx"
for k in keys:
    print(k, counts.get(k, -1))
counts.setdefault("c", 3)
print(counts, len(counts))
for k in keys:
    print(k, counts[k])

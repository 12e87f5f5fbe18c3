# Methods called on values whose type is known only at run time.
records = [{"name": "ada", "tags": ["x"], "score": 3}, {"name": "bob", "tags": [], "score": 5.5}]
for r in records:
    print(r["name"].upper(), r["name"].startswith("a"), r.get("missing"), r.get("score"))
    r["tags"].append("seen")
    r["tags"].extend(["a", "b"])
    print(r["tags"], len(r["tags"]), r["tags"].count("a"), r["tags"].index("seen"))
print(records)
row = ["  padded  ", 7, (1, 2, 1)]
print(row[0].strip(), row[0].split(), row[2].count(1), row[1].bit_length())
print(sorted(records[0].keys()), "name" in records[0].keys())
s = {1, "a"}
t = s
t.add(2.5)
print(len(s), 2.5 in s)
try_upper = row[1]
print(try_upper.upper())

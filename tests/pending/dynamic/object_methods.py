# Methods called on values whose type is only known at run time.
records = [{"name": "ant", "tags": ["a"]}, {"name": "bee", "tags": []}]
for r in records:
    print(r["name"].upper(), r["name"].startswith("a"))
    r["tags"].append("x")
print(records)
t = tuple([1, 2, 2, 3])
print(t.count(2), t.index(3))
d = [[], "s"]
d[0].append(d)
print(d)
def show(v: int | str) -> str:
    if isinstance(v, str):
        return v.upper()
    return str(v)
print(show("ab"), show(3))
x = 1
x = "a,b"
print(x.split(","))

# Two names for one dict see every change; copy() and dict() make new dicts.
a = {"x": 1, "y": 2}
b = a
b["z"] = 3
print(a, b, a is b)
del b["x"]
print(a, len(a))
c = a.copy()
c["w"] = 9
print(a, c, a is c, a == c)
d = dict(a)
d["y"] = 20
print(a["y"], d["y"], a == d)
a.update({"q": 7})
print(b, c)
b.clear()
print(a, c, d)
a["k"] = 1
print(b == {"k": 1}, a is not c)


def add_key(m: dict[str, int], k: str) -> None:
    m[k] = len(m)


add_key(a, "m")
add_key(b, "n")
print(a, b)

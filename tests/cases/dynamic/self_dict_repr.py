# A dict that contains itself prints {...} where it recurs.
d = {"name": "root", "self": None}
d["self"] = d
print(d)
print(len(d), d["self"]["self"]["name"])
children = []
tree = {"id": 1, "children": children}
children.append(tree)
print(tree)
print(children)
e = {}
e[1] = [e, 2]
print(e)
print(list(d.keys()), len(d["self"]), d == d["self"], d["self"] is d)

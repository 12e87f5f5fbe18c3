# Storing a value of another type into a dict or list that held one type.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
flags = dict.fromkeys(["a", "b"])
flags["a"] = True
print(flags)
node = {"name": "root"}
node["self"] = node
print(node)
rec = {"a": "x"}
rec["n"] = 1
print(rec)
xs = [1, 2]
xs[0] = "one"
print(xs)

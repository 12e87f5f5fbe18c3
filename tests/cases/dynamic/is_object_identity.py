# `is` between run-time typed values and lists.
ys = [1]
vals = [ys, "s", None]
print(vals[0] is ys, vals[1] is ys, vals[2] is ys, vals[0] is not ys)
a = [1, 2]
a.append(a)
print(a[2] is a, a[2][2] is a)
node = {"name": "root", "self": None}
node["self"] = node
print(node["self"] is node, node["name"] is None, node["self"] is not None)
copy = list(vals)
print(copy[0] is vals[0], copy is vals, copy == vals)

# Tuple assignment to subscripts swaps elements in place.
xs = [1, 2, 3, 4, 5]
xs[0], xs[-1] = xs[-1], xs[0]
print(xs)
i = 0
j = len(xs) - 1
while i < j:
    xs[i], xs[j] = xs[j], xs[i]
    i += 1
    j -= 1
print(xs)
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
d = {"a": 1, "b": 2}
d["a"], d["b"] = d["b"], d["a"]
print(d)
perm = [2, 0, 1]
k = 0
perm[k], k = 5, 2
print(perm, k)

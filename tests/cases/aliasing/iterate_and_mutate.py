# Changing a list while walking it by index; changing the values of a dict while iterating.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
i = 0
while i < len(xs):
    if xs[i] < 3:
        del xs[i]
    else:
        i += 1
print(xs)
ys = [1, 2, 3]
n = len(ys)
for k in range(n):
    ys.insert(0, ys[-1] * 10)
print(ys)
zs = [5, 6, 7]
for k in range(len(zs)):
    zs[k] = zs[k] + k
print(zs)
d = {"a": 1, "b": 2, "c": 3}
for key in d:
    d[key] *= 10
print(d)
items = [1, 2, 3, 4]
for v in items[:]:
    if v % 2 == 0:
        items.remove(v)
print(items)
dup = [1, 2]
for v in dup:
    if len(dup) < 6:
        dup.append(v + 10)
print(dup)

# Mutating a list while walking it by index, forwards and backwards.
xs = [1, 2, 3, 4, 5, 6, 7, 8]
i = 0
while i < len(xs):
    if xs[i] % 2 == 0:
        xs.pop(i)
    else:
        xs[i] *= 10
        i += 1
print(xs)
ys = [5, 0, 3, 0, 0, 1]
for j in range(len(ys) - 1, -1, -1):
    if ys[j] == 0:
        del ys[j]
print(ys)
zs = [1, 2, 3]
for k in range(len(zs)):
    zs.append(zs[k] * 100)
print(zs)
grow = [1]
for v in grow:
    if v < 50:
        grow.append(v * 3)
print(grow)
skip = [1, 2, 3, 4]
for v in skip:
    skip.remove(v)
print(skip)

# Assigning to slices replaces, inserts or deletes runs of elements.
xs = [0, 1, 2, 3, 4, 5]
xs[1:3] = [10, 20, 30]
print(xs)
xs[:0] = [-2, -1]
print(xs)
xs[len(xs):] = [99]
print(xs)
xs[2:5] = []
print(xs)
xs[::2] = [7] * len(xs[::2])
print(xs)
xs[-2:] = [8, 8, 8, 8]
print(xs)
ys = list(range(10))
ys[1::3] = ["a", "b", "c"]
print(ys)
ys[:] = [1]
print(ys)
zs = [1, 2, 3]
alias = zs
zs[:] = [4, 5]
print(alias)
zs[1:1] = "xy"
print(zs)

# Slice assignment: replacing, growing, shrinking, and extended slices of equal length.
xs = list(range(10))
xs[2:5] = [20, 30, 40]
print(xs)
xs[2:5] = [0]
print(xs)
xs[1:1] = [7, 7, 7]
print(xs)
xs[:] = xs[::-1]
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
xs[1::3] = [-1, -2, -3, -4]
print(xs)
xs[::-1] = list(range(len(xs)))
print(xs)
xs[-3:] = []
print(xs)
xs[len(xs):] = [100]
xs[:0] = [-100]
print(xs)
xs[5:2] = [55]
print(xs)
del xs[::3]
print(xs)
del xs[-2:]
print(xs, len(xs))

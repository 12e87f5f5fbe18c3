# Assigning the wrong number of items to an extended slice raises ValueError.
xs = [0, 1, 2, 3, 4, 5]
xs[::2] = [9, 9, 9]
print(xs)
xs[1::2] = [x * 10 for x in xs[1::2]]
print(xs)
xs[::-1] = xs[:]
print(xs)
xs[1:3] = [7]
print(xs, len(xs[::2]))
xs[::2] = [1, 2]

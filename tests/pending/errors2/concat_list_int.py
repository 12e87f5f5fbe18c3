# list + int raises TypeError.
xs = [1, 2]
n = 3
print(xs + [n])
xs += [n]
print(xs, len(xs))
for k in range(2):
    xs = xs + [k]
    print(xs)
print(xs * 2)
print(xs + n)

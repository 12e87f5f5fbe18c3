# Reading past the end of a list raises IndexError.
xs = [1, 2, 3]
for i in range(len(xs)):
    print(i, xs[i])
print(xs[-3])
i = 3
print("reading index", i)
print(xs[i])
print("unreachable")

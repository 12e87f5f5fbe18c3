# Assigning past the end of a list raises IndexError: list assignment index out of range.
xs = [1, 2, 3]
xs[-3] = 10
xs[2] = 30
print(xs)
for i in range(5):
    xs[i] = i * i
    print("set", i, xs)

# A negative index past the start of the list raises IndexError.
xs = [4, 5]
print(xs[-1], xs[-2])
xs[-2] = 40
print(xs)
xs[-3] = 1
print(xs)

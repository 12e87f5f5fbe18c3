# A negative index past the start of the list raises IndexError on assignment.
xs = [4, 5]
print(xs[-1], xs[-2])
xs[-2] = 40
print(xs)
k = -1
while k >= -len(xs):
    xs[k] += 1
    print(k, xs)
    k -= 1
print("k is now", k)
xs[k] = 1
print(xs)

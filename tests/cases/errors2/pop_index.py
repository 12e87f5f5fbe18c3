# pop(i) with an index past the end raises IndexError.
xs = [1, 2, 3, 4, 5]
print(xs.pop(1), xs)
print(xs.pop(-1), xs)
print(xs.pop(0), xs)
i = 1
xs.append(7)
print(xs, len(xs))
while True:
    print("popping", i, xs.pop(i), xs)

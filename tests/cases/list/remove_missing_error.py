# remove() of a value not in the list raises ValueError.
xs = [1, 2, 3, 2]
xs.remove(2)
print(xs)
xs.remove(2)
print(xs)
xs.remove(2)
print(xs)

# min() of an empty list raises ValueError.
xs = [4, 2, 9]
print(min(xs), max(xs))
xs.clear()
print(len(xs))
print(min(xs))

def apply(f, x):
    return f(x)


items = [1, 2]
apply(items.append, 3)
print(items)

# remove() of a value not in the list raises ValueError.
xs = [1, 2, 3, 2]
xs.remove(2)
print(xs)
xs.remove(2)
print(xs, xs.count(2))
names = ["ann", "bob"]
names.remove("ann")
print(names)
for v in [3, 1]:
    xs.remove(v)
    print("removed", v, xs)
print(len(xs))
xs.remove(2)
print(xs)

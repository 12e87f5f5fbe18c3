# BUG: a key function returning `object` makes sorted/max/list.sort
# generate Rust that needs PartialOrd for Obj (does not compile).
def magnitude(v: object) -> object:
    return abs(v)
print(sorted([-3, 2.5, -1.0, True], key=magnitude))
print(max([1, -2.5], key=magnitude))
xs = [3, -1.5]
xs.sort(key=magnitude)
print(xs)

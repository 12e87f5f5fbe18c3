# BUG: list.sort with a key function returning `object` generates Rust that
# needs PartialOrd for Obj (does not compile); sorted() and max() work.
def magnitude(v: object) -> object:
    return abs(v)
print(sorted([-3, 2.5, -1.0, True], key=magnitude))
xs = [3, -1.5]
xs.sort(key=magnitude)
print(xs)

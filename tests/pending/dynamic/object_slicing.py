# Slicing tuples built at run time and values of unknown type.
a = tuple([1, 2, 3, 4])
print(a[1:], a[::-1], a[1:3])
values = ["hello", [1, 2, 3], (4, 5)]
for v in values:
    print(v[1:], v[::-1])
def tail(t: tuple[int, ...]) -> tuple[int, ...]:
    return t[1:]
print(tail((1, 2, 3)), tail(()))
p = (7, 8, 9)
print(p[1:], p[:-1])

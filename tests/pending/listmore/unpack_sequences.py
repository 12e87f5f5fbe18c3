# Unpacking lists and strs, and nested unpacking in loops.
first, second = "hello world".split()
print(first, second)
a, b, c = "xyz"
print(c, b, a)
p, q = [1.5, 2.5]
print(p + q)
pairs = [("a", (1, 2)), ("b", (3, 4))]
for name, (x, y) in pairs:
    print(name, x * y)
for i, (k, v) in enumerate({"one": 1, "two": 2}.items()):
    print(i, k, v)
(m, n), o = (1, 2), 3
print(m, n, o)
[r, s] = [7, 8]
print(r, s)

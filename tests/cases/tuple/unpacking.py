# Unpacking tuples into names, and swapping with tuple assignment.
point = (3, 4)
x, y = point
print(x, y, x * x + y * y)
name, age, score = ("ada", 36, 9.5)
print(name, age, score)
a = 1
b = 2
a, b = b, a
print(a, b)
a, b = a + b, a * b
print(a, b)
key, value = ("k", 10)
print(f"{key}={value}")
pairs = [(1, "one"), (2, "two"), (3, "three")]
for n, word in pairs:
    print(n, word, word * n)
lo, hi = 0, 10
while lo < hi:
    lo, hi = lo + 1, hi - 2
    print(lo, hi)
p, q, r = (7, 8, 9)
print(p + q + r)

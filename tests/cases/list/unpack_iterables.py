# Unpacking a str and a range into names, with and without a starred name.
m, n, o = "abc"
print(m, n, o)
x, y, *others = "hello"
print(x, y, others)
h, *t = range(5)
print(h, t)

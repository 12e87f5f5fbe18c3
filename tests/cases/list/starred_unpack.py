# Unpacking lists into names, with a starred name taking the rest.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
a, *middle, z = [10, 20, 30, 40, 50]
print(a, middle, z)
p, *q = [9]
print(p, q)
h, *t = list(range(5))
print(h, t)
u, v = [7, 8]
print(u, v)
head, *tail = sorted([5, 3, 9, 1])
print(head, tail, len(tail))
l1, *l2, l3 = [1, 2]
print(l1, l2, l3)

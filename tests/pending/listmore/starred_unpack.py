# Starred targets collect the rest of a sequence into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
a, *mid, b = "abcdef"
print(a, mid, b)
x, *empty = (9,)
print(x, empty)
head, *tail = range(5)
print(head, tail)
for p, *q in [(1, 2, 3), (4, 5), (6,)]:
    print(p, q)
merged = [*rest, *init, 0]
print(merged)
print(*[1, 2, 3], sep="-")
both = {**{"a": 1}, **{"b": 2}}
print(both)

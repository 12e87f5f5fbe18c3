# make_pair/swap/first_of used with different element types, building mixed pairs.
def make_pair(a, b):
    return (a, b)


def swap(p):
    return (p[1], p[0])


def first_of(p):
    return p[0]


def pair_str(p):
    return "<" + str(p[0]) + ", " + str(p[1]) + ">"


p1 = make_pair(1, 2)
p2 = make_pair("x", "y")
p3 = make_pair(3, "three")
p4 = make_pair([1], {"k": 2})
for p in [p1, p2, p3]:
    print(p, swap(p), first_of(p), pair_str(p))
print(p4, swap(p4), pair_str(p4))
print(first_of(p1) + 10, first_of(p2) * 3, first_of(swap(p3)).upper())
nested = make_pair(p1, p2)
print(nested, first_of(first_of(nested)), pair_str(swap(nested)))

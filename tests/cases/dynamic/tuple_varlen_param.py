# tuple[int, ...] parameters: tuples of any length.
def total(t: tuple[int, ...]) -> object:
    s = 0
    for x in t:
        s += x
    return s

def describe(t: tuple[int, ...]) -> str:
    return str(len(t)) + " " + repr(t)

print(total((1, 2, 3)), total(()), total((5,)))
print(describe((1, 2)), describe(()), describe((7,)))
t = (4, 5, 6, 7)
print(total(t), describe(t))
print(total(tuple(range(10))))
print(describe(tuple([3, 2, 1])), len(tuple([3, 2, 1])))

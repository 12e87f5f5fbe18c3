# runs(xs) and expand(rs) used on lists of ints, lists of strs and a str; element types differ per call site.
def runs(xs):
    out = []
    i = 0
    while i < len(xs):
        j = i
        while j < len(xs) and xs[j] == xs[i]:
            j += 1
        out.append((xs[i], j - i))
        i = j
    return out


def expand(rs):
    out = []
    for x, n in rs:
        for _ in range(n):
            out.append(x)
    return out


def longest(rs):
    best = rs[0]
    for r in rs:
        if r[1] > best[1]:
            best = r
    return best


a = runs([1, 1, 2, 2, 2, 3, 1, 1])
b = runs(["a", "a", "b", "c", "c", "c", "c"])
c = runs("mississippi")
print(a)
print(b)
print(c)
print(expand(a), sum(expand(a)))
print(expand(b), "".join(expand(b)))
print("".join(expand(c)) == "mississippi")
print(longest(a), longest(b), longest(c))
print(longest(a)[0] * 100, longest(b)[0].upper(), longest(c)[0] + "!")

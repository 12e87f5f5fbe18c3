# chunks(xs, n) and interleave(a, b) used on lists of ints, lists of strs and strs.
def chunks(xs, n):
    out = []
    for i in range(0, len(xs), n):
        out.append(xs[i:i + n])
    return out


def interleave(a, b):
    out = []
    for i in range(min(len(a), len(b))):
        out.append(a[i])
        out.append(b[i])
    return out


def sizes(parts):
    return [len(p) for p in parts]


ci = chunks([1, 2, 3, 4, 5, 6, 7], 3)
cs = chunks(["a", "b", "c", "d", "e"], 2)
ct = chunks("abcdefghij", 4)
print(ci, sizes(ci), [sum(c) for c in ci])
print(cs, sizes(cs), ["".join(c) for c in cs])
print(ct, sizes(ct), [c.upper() for c in ct])
print(interleave([1, 2, 3], [10, 20, 30, 40]))
print(interleave(["x", "y"], ["p", "q", "r"]))
print(interleave("abc", "123"), "".join(interleave("abc", "123")))
print(chunks(interleave([1, 2, 3, 4], [5, 6, 7, 8]), 2))

# zip_with(f, a, b) and pairs(a, b) used with int/str, str/float and int/int list combinations.
def zip_with(f, a, b):
    out = []
    n = min(len(a), len(b))
    for i in range(n):
        out.append(f(a[i], b[i]))
    return out


def pairs(a, b):
    return zip_with(lambda x, y: (x, y), a, b)


def label(n, s):
    return s * n


ints = [1, 2, 3]
strs = ["a", "b", "c", "d"]
flts = [0.5, 1.5, 2.5]
print(pairs(ints, strs))
print(pairs(strs, flts))
print(pairs(ints, ints))
print(zip_with(label, ints, strs))
print(zip_with(lambda x, y: x * y, ints, flts))
print(zip_with(lambda x, y: x + y, strs, strs))
print(zip_with(max, ints, [3, 2, 1]))
d = dict(pairs(strs, ints))
print(d)
for k, v in pairs(ints, flts):
    print(k, v, k + v)

# A recursive merge sort and merge used on lists of ints, strs, floats and tuples.
def merge(a, b):
    out = []
    i = 0
    j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def merge_sort(xs):
    if len(xs) <= 1:
        return xs[:]
    mid = len(xs) // 2
    return merge(merge_sort(xs[:mid]), merge_sort(xs[mid:]))


ints = merge_sort([5, 3, 9, 1, 5, 0, -2, 8])
strs = merge_sort(["pear", "apple", "fig", "kiwi", "banana"])
floats = merge_sort([2.5, -1.0, 3.25, 0.0])
tups = merge_sort([(2, "b"), (1, "z"), (2, "a"), (0, "q")])
print(ints, sum(ints))
print(strs, ", ".join(strs))
print(floats, floats[0] + floats[-1])
print(tups, tups[0][1] + tups[-1][1])
print(merge([1, 4, 7], [2, 3, 8]), merge(["a", "c"], ["b"]))
print(merge_sort([]) == [], merge_sort([42]))

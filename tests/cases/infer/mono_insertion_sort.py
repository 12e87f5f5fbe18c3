# A generic insertion sort and is_sorted used on lists of ints, strs, floats and tuples.
def insertion_sort(xs):
    out = list(xs)
    for i in range(1, len(out)):
        cur = out[i]
        j = i - 1
        while j >= 0 and out[j] > cur:
            out[j + 1] = out[j]
            j -= 1
        out[j + 1] = cur
    return out


def is_sorted(xs):
    for i in range(len(xs) - 1):
        if xs[i] > xs[i + 1]:
            return False
    return True


data = [
    [5, 2, 9, 1, 5, 6],
    ["pear", "apple", "fig", "Zebra"],
    [2.5, -1.0, 0.0, 2.25],
    [(2, "b"), (1, "z"), (2, "a")],
]
for xs in data:
    s = insertion_sort(xs)
    print(s, is_sorted(xs), is_sorted(s), s == sorted(xs))
ints = insertion_sort([3, 1, 2])
print(ints[0] + ints[-1])
strs = insertion_sort(["c", "a", "b"])
print("".join(strs))
print(insertion_sort([]), insertion_sort("hello"))

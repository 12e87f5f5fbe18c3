# Hand-written sorting algorithms on lists, checked against sort().
def bubble(xs: list[int]) -> list[int]:
    a = xs.copy()
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                tmp = a[j]
                a[j] = a[j + 1]
                a[j + 1] = tmp
                swapped = True
        if not swapped:
            break
    return a


def insertion(xs: list[int]) -> list[int]:
    out: list[int] = []
    for x in xs:
        i = 0
        while i < len(out) and out[i] <= x:
            i += 1
        out.insert(i, x)
    return out


def merge(a: list[int], b: list[int]) -> list[int]:
    out: list[int] = []
    i = 0
    j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    return out + a[i:] + b[j:]


def merge_sort(xs: list[int]) -> list[int]:
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    return merge(merge_sort(xs[:mid]), merge_sort(xs[mid:]))


data = [29, 3, 17, -4, 8, 3, 0, 42, -11, 17]
ref = data.copy()
ref.sort()
print(bubble(data))
print(insertion(data))
print(merge_sort(data))
print(bubble(data) == ref, insertion(data) == ref, merge_sort(data) == ref)
print(data)

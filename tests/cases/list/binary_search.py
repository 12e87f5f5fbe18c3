# Binary search over a sorted list of ints and of strs.
def search(xs: list[int], target: int) -> int:
    lo = 0
    hi = len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def search_str(xs: list[str], target: str) -> int:
    lo = 0
    hi = len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


data: list[int] = []
for i in range(0, 100, 7):
    data.append(i)
print(data)
for t in [0, 7, 49, 50, 98, 99, -1]:
    print(t, search(data, t))
names = ["adam", "bea", "carl", "dora", "eve"]
for nm in ["carl", "bob", "zed", "a"]:
    print(nm, search_str(names, nm))

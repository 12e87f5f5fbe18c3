# Functions returning `int | None`: the caller checks the result before using it.
def find_index(items: list[int], target: int) -> int | None:
    for i in range(len(items)):
        if items[i] == target:
            return i
    return None


def first_negative(items: list[int]) -> int | None:
    for v in items:
        if v < 0:
            return v
    return None


data = [4, 8, -3, 15, -9]
for t in [8, 15, 99, 4]:
    idx = find_index(data, t)
    if idx is None:
        print(t, "not found")
    else:
        print(t, "at index", idx, "doubled index", idx * 2)
print(first_negative(data))
print(first_negative([1, 2, 3]))
r = first_negative([])
print(r is None, r == None)
print(find_index([], 1))

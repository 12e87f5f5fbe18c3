# Finding extremes and sorting three values with comparisons only.
def median3(a: int, b: int, c: int) -> int:
    if a <= b <= c or c <= b <= a:
        return b
    if b <= a <= c or c <= a <= b:
        return a
    return c


def sort3(a: int, b: int, c: int) -> None:
    if a > b:
        a, b = b, a
    if b > c:
        b, c = c, b
    if a > b:
        a, b = b, a
    print(a, b, c)


for x in range(3):
    for y in range(3):
        for z in range(3):
            if x != y and y != z and x != z:
                print(x, y, z, "median", median3(x, y, z))
sort3(3, 1, 2)
sort3(-5, 10, 0)
sort3(7, 7, 1)
sort3(2 ** 70, -(2 ** 70), 0)
best = -1
best_at = -1
v = 17
for i in range(15):
    v = (v * 31 + 7) % 97
    if v > best:
        best = v
        best_at = i
print(best, best_at)

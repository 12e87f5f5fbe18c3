# Transposing and rotating a matrix stored as a list of lists.
def transpose(m: list[list[int]]) -> list[list[int]]:
    rows = len(m)
    cols = len(m[0])
    out: list[list[int]] = []
    for c in range(cols):
        col: list[int] = []
        for r in range(rows):
            col.append(m[r][c])
        out.append(col)
    return out


def rotate(m: list[list[int]]) -> list[list[int]]:
    t = transpose(m)
    for row in t:
        row.reverse()
    return t


m = [[1, 2, 3], [4, 5, 6]]
t = transpose(m)
print(t)
print(transpose(t))
print(transpose(t) == m)
r = rotate(m)
print(r)
r = rotate(r)
print(r)
r = rotate(r)
r = rotate(r)
print(r == m)
words = [["a", "b"], ["c", "d"], ["e", "f"]]
cols: list[list[str]] = []
for ci in range(2):
    colw: list[str] = []
    for rw in words:
        colw.append(rw[ci])
    cols.append(colw)
print(cols)

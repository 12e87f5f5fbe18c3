# Two names for one list see the same changes; copy() and [:] make new lists.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b)
c = a.copy()
c.append(5)
print(a, c)
d = a[:]
d[0] = 100
print(a, d)
a.clear()
print(a, b, c, d)
rows = [[0, 0], [0, 0]]
row = rows[0]
row[1] = 5
print(rows)
outer = [row, row]
outer[0][0] = 9
print(outer, rows)
shallow = rows.copy()
shallow[1][0] = 7
print(rows, shallow)
shallow.append([1, 1])
print(len(rows), len(shallow))


def fill(xs: list[int], n: int) -> None:
    for i in range(n):
        xs.append(i)


data: list[int] = []
fill(data, 3)
print(data)
fill(data, 2)
print(data)

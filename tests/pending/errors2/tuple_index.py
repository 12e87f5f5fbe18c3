# An index computed at run time past the end of a tuple raises IndexError.
point = (3, 4)
print(point[0] ** 2 + point[1] ** 2)
print(point[-1], point[-2], len(point))
x, y = point
print(x, y, (y, x), point + (5,))
print(point.index(4), point.count(3))
print(sum(point), max(point))
for i in range(3):
    print(i, point[i])

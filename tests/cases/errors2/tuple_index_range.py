# Indexing a tuple with a run-time index past its end raises IndexError: tuple index out of range.
point = (3, 4, 5)
for i in range(3):
    print(i, point[i], point[-1 - i])
k = len(point)
print(point[k])

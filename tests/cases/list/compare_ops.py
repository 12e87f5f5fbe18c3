# List comparison is lexicographic; == compares items; in searches.
pairs = [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1, 2], [1, 2, 0]), ([], [0]), ([2], [1, 9]), ([1, 2, 3], [1, 2])]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
print([[1, 2], [3]] < [[1, 2], [4]], [["a"]] == [["a"]], [0.5] < [1.5])
print(["b"] > ["a", "z"], ["B"] < ["a"])
grid = [[1, 2], [3, 4]]
print([3, 4] in grid, [4, 3] in grid, [3, 4] not in grid)
print(max([[1, 2], [1, 3], [0, 9]]), min([[1, 2], [1, 3], [0, 9]]))
print(sorted([[3], [1, 2], [1], []]))

# sum() of an empty literal, of lists with a list start, and of mixed int/float items.
print(sum([], 5), sum([], 0.5))
print(sum([[1], [2, 3]], []), sum([[0]] * 3, [9]))
print(sum([1, 2.5]), sum([True, 2, 0.5]))

# sum() with a start value, over ints, floats, big ints and generator expressions.
none: list[int] = []
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum(none, 5), sum(range(10), start=-45))
print(sum([0.1] * 10), sum([0.1] * 10, 1.0), sum([1e100, 1.0, -1e100]), sum([1.5, 2.5], 1))
print(sum([10 ** 20, 10 ** 20]), sum(range(10 ** 6)), sum([True, True, False]))
print(sum(x * x for x in range(5)), sum((x for x in [1, 2]), 100))
print(sum([-1, -2], 3), sum([0.5, 0.25], 0.25), sum([2 ** 64, -(2 ** 64)], 7))

# sum() over lists of ints and floats, with and without a start value.
ints = [1, 2, 3, 4, 5]
print(sum(ints), sum(ints, 10), sum(ints, -15))
empty: list[int] = []
print(sum(empty), sum(empty, 7))
floats = [0.1, 0.2, 0.3]
print(sum(floats), sum(floats, 1.0))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
big = [2 ** 62, 2 ** 62, 2 ** 62]
print(sum(big), sum(big, -(2 ** 63)))
print(sum([i * i for i in range(100)]))
bools = [True, True, False, True]
print(sum([1 for b in bools if b]), len([b for b in bools if not b]))
rows = [[1, 2], [3, 4, 5]]
print(sum([sum(r) for r in rows]), sum([len(r) for r in rows]))
avg = sum(floats) / len(floats)
print(avg)
print(sum([-5, 5]), sum([10 ** 20, -(10 ** 20), 1]))

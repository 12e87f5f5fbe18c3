# range objects held in a variable: len, indexing, in, index/count, slicing and repr.
r = range(3, 30, 4)
print(len(r), r[0], r[-1], r[2], 7 in r, 8 in r, 31 in r, r.index(11), r.count(15))
print(r, range(5), range(0, 10, -1), list(r[1:4]), list(r[::-1]), r[::2])
print(len(range(10 ** 6)), range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
print(range(0, 6, 2) == range(0, 5, 2), range(0) == range(5, 5))

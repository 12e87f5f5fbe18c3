# Combining several itertools: chain, groupby, accumulate, islice and product.
import itertools
import operator

log = ["a:1", "b:2", "a:3", "c:4", "b:5", "a:6"]
pairs = sorted((s.split(":")[0], int(s.split(":")[1])) for s in log)
for key, grp in itertools.groupby(pairs, key=operator.itemgetter(0)):
    values = [v for _, v in grp]
    print(key, values, list(itertools.accumulate(values)))
grid = ["".join(p) for p in itertools.product("ab", "12")]
print(grid)
print(list(itertools.islice(itertools.chain(grid, itertools.repeat("--")), 7)))
print(list(itertools.starmap(operator.mul, itertools.pairwise(range(1, 6)))))

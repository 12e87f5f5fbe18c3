# itertools.starmap with operator.mul, functools.reduce and zip_longest for scoring.
import operator
from functools import reduce
from itertools import starmap, zip_longest

weights = [3, 2, 5, 1]
scores = {"ana": [9, 7, 8, 10], "ben": [6, 9], "cy": [10, 10, 4, 8]}
for name in sorted(scores):
    padded = list(zip_longest(scores[name], weights, fillvalue=0))
    weighted = list(starmap(operator.mul, padded))
    total = reduce(operator.add, weighted, 0)
    print(name, padded, weighted, total)

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda a, b: f"{a}={b}", [("x", 1), ("y", 2)])))
print(reduce(operator.mul, range(1, 7)))
print(reduce(lambda acc, s: acc + s[0], ["alpha", "beta", "gamma"], ""))
print(reduce(max, [4, 9, 2, 7]))
print(list(map(operator.neg, [3, -1, 0])))
print(list(zip_longest("ab", [1, 2, 3], [True])))

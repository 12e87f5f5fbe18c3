# itertools.starmap applies a function to unpacked argument tuples.
import itertools
import operator

print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.starmap(operator.add, [(1, 2), (3, 4)])))
print(list(itertools.starmap(lambda a, b, c: a * b + c, [(1, 2, 3), (4, 5, 6)])))
print(list(itertools.starmap(max, [(3, 9), (8, 2)])))
pairs = list(zip(range(4), range(4, 8)))
print(sum(itertools.starmap(operator.mul, pairs)))
print(list(itertools.starmap(str.upper, [("ab",), ("cd",)])))

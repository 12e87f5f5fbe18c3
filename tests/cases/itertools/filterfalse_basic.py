# itertools.filterfalse keeps the elements for which the predicate is false.
import itertools

nums = list(range(10))
print(list(itertools.filterfalse(lambda x: x % 3 == 0, nums)))
print(list(filter(lambda x: x % 3 == 0, nums)))
print(list(itertools.filterfalse(None, [0, 1, 0, 3, 2])))
print(list(itertools.filterfalse(None, ["", "a", "", "bc"])))
words = ["keep", "", "this", "", "x"]
print(list(itertools.filterfalse(lambda w: len(w) > 2, words)))
print(list(itertools.filterfalse(str.isdigit, "a1b2c3")))

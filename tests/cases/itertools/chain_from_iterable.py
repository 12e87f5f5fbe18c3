# itertools.chain.from_iterable flattens one level of nesting lazily.
import itertools

matrix = [[1, 2, 3], [4, 5], [], [6]]
print(list(itertools.chain.from_iterable(matrix)))
print("".join(itertools.chain.from_iterable(["ab", "cd", "e"])))
pairs = [(1, 2), (3, 4)]
print(list(itertools.chain.from_iterable(pairs)))
expanded = itertools.chain.from_iterable([c] * n for c, n in [("a", 2), ("b", 3)])
print(list(expanded))
print(list(expanded))
print(sorted(itertools.chain.from_iterable({"k1": [3, 1], "k2": [2]}.values())))

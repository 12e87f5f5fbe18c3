# itertools.pairwise yields overlapping pairs, used for differences.
import itertools

print(list(itertools.pairwise([1, 2, 4, 7, 11])))
print(["".join(p) for p in itertools.pairwise("abcd")])
print(list(itertools.pairwise([5])))
empty: list[int] = []
print(list(itertools.pairwise(empty)))
temps = [20, 22, 21, 25, 25, 19]
print([b - a for a, b in itertools.pairwise(temps)])
print(all(a <= b for a, b in itertools.pairwise([1, 2, 2, 3])))
print(all(a <= b for a, b in itertools.pairwise(temps)))

# itertools.permutations of full length and of length r.
import itertools

print(list(itertools.permutations([1, 2, 3])))
print(["".join(p) for p in itertools.permutations("abc", 2)])
print(len(list(itertools.permutations(range(5), 3))))
print(list(itertools.permutations([1, 2], 3)))
print(list(itertools.permutations("x", 0)))
best = max(itertools.permutations([3, 1, 2]), key=lambda p: p[0] * 100 + p[1] * 10 + p[2])
print(best)

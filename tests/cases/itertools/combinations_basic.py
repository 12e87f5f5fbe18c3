# itertools.combinations of a list and string, including edge cases.
import itertools

print(list(itertools.combinations([1, 2, 3, 4], 2)))
print(["".join(c) for c in itertools.combinations("abcd", 3)])
print(list(itertools.combinations(range(3), 0)))
print(list(itertools.combinations(range(3), 4)))
coins = [1, 5, 10, 25]
print([c for c in itertools.combinations(coins, 2) if sum(c) > 20])
print(sum(1 for _ in itertools.combinations(range(10), 3)))

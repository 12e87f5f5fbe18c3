# itertools.combinations_with_replacement and product(repeat=) to tabulate dice sums.
from itertools import combinations_with_replacement, product

sides = range(1, 5)
ordered = list(product(sides, repeat=2))
print(len(ordered))
totals: dict[int, int] = {}
for a, b in ordered:
    totals[a + b] = totals.get(a + b, 0) + 1
for total in sorted(totals):
    print(total, "#" * totals[total])

unordered = list(combinations_with_replacement(sides, 2))
print(len(unordered), unordered[:5])

coins = [1, 5, 10]
ways = [c for c in combinations_with_replacement(coins, 3) if sum(c) == 16]
print(ways)
print(list(combinations_with_replacement("ab", 3)))
best = max(product(sides, repeat=3), key=lambda t: (sum(t), t[0]))
print(best)

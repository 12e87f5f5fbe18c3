# itertools.combinations_with_replacement allows repeated elements.
import itertools

print(list(itertools.combinations_with_replacement("abc", 2)))
print(list(itertools.combinations_with_replacement([1, 2], 3)))
print(len(list(itertools.combinations_with_replacement(range(5), 2))))
dice_sums: dict[int, int] = {}
for a, b in itertools.combinations_with_replacement(range(1, 4), 2):
    dice_sums[a + b] = dice_sums.get(a + b, 0) + 1
print(dice_sums)
empty: list[str] = []
print(list(itertools.combinations_with_replacement(empty, 2)))

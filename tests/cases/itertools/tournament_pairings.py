# itertools.combinations/permutations/product to build a small tournament schedule.
from itertools import combinations, permutations, product

teams = ["Ants", "Bees", "Cats", "Dogs"]
matches = list(combinations(teams, 2))
print(len(matches))
for rnd, (home, away) in enumerate(matches, start=1):
    print(f"match {rnd}: {home} vs {away}")

home_away = list(permutations(teams[:3], 2))
print(home_away)

podiums = [p for p in permutations(teams, 3) if p[0] != "Dogs"]
print(len(podiums), podiums[0], podiums[-1])

slots = ["morning", "evening"]
fields = [1, 2]
schedule: list[str] = []
for (slot, field), (a, b) in zip(product(slots, fields), matches):
    schedule.append(f"{slot}/field{field}: {a}-{b}")
for line in schedule:
    print(line)
print(list(combinations(teams, 0)), list(combinations(teams, 5)))

# itertools.cycle over a list and a string, limited with islice and zip.
import itertools

print(list(itertools.islice(itertools.cycle([1, 2, 3]), 8)))
print("".join(itertools.islice(itertools.cycle("ab"), 7)))
players = ["red", "green"]
for turn, player in zip(range(5), itertools.cycle(players)):
    print("turn", turn, player)
c = itertools.cycle(["x"])
print(next(c), next(c))
print(list(itertools.islice(itertools.cycle([10, 20, 30]), 2, 9, 2)))

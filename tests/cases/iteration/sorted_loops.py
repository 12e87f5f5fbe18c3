# sorted() returns a new sorted list, ascending or with reverse=True.
xs = [5, 2, 9, 1, 5, 6]
for x in sorted(xs):
    print(x, end=" ")
print()
for x in sorted(xs, reverse=True):
    print(x, end=" ")
print()
print(xs)
names = ["mia", "Zoe", "adam", "Bob", "éva"]
for n in sorted(names):
    print(n)
print(sorted(names, reverse=True))
print(sorted(names, key=len))
scores = {"ann": 3, "cy": 9, "bob": 5}
for name in sorted(list(scores.keys())):
    print(name, scores[name])
ranking: list[tuple[int, str]] = []
for name, score in scores.items():
    ranking.append((score, name))
for score, name in sorted(ranking, reverse=True):
    print(score, name)
print(sorted([3.5, -1.0, 2.25]), sorted([[2], [1, 5], [1]]))

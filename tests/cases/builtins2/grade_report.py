# A grade report combining sum, min, max, sorted, len and comprehensions.
scores = {"ann": [88, 92, 79], "bob": [65, 70, 58], "cy": [95, 98, 100], "dee": [72, 85, 90]}
averages = {name: sum(s) / len(s) for name, s in scores.items()}
print(averages)
for name in sorted(list(scores.keys())):
    s = scores[name]
    print(name.ljust(4), str(min(s)).rjust(3), str(max(s)).rjust(3), f"{averages[name]:.2f}")
ranking = sorted([(avg, name) for name, avg in averages.items()], reverse=True)
print([r[1] for r in ranking])
all_scores = [v for s in scores.values() for v in s]
print(len(all_scores), sum(all_scores), min(all_scores), max(all_scores))
print(any([max(s) == 100 for s in scores.values()]), all([min(s) >= 60 for s in scores.values()]))
passing = [name for name in list(scores.keys()) if min(scores[name]) >= 70]
print(passing)

# A list of (name, score) tuples processed as records.
records = [("ann", 82), ("bob", 95), ("cy", 67), ("dee", 95), ("ed", 74)]
print(records)
total = 0
for rec in records:
    total += rec[1]
print(total, total / len(records))
best: list[tuple[str, int]] = []
top = 0
for name, score in records:
    if score > top:
        top = score
        best = [(name, score)]
    elif score == top:
        best.append((name, score))
print(top, best)
records.append(("fay", 88))
print(records[-1], records[-1][0], records[-1][1])
by_score: list[tuple[int, str]] = []
for name, score in records:
    by_score.append((score, name))
by_score.sort()
print(by_score)
for score, name in reversed(by_score):
    print(f"{name:>5}: {score}")
passed = [r for r in records if r[1] >= 75]
print(passed)

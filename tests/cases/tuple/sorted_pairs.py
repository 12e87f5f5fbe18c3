# Sorting lists of tuples by their natural order, then reading them back.
words = ["pear", "fig", "apple", "kiwi", "banana", "plum"]
keyed: list[tuple[int, str]] = []
for w in words:
    keyed.append((len(w), w))
print(sorted(keyed))
print(sorted(keyed, reverse=True))
keyed.sort()
ordered: list[str] = []
for length, word in keyed:
    ordered.append(f"{word}:{length}")
print(ordered)
dates = [(2024, 3, 1), (2023, 12, 31), (2024, 1, 15), (2024, 3, 0)]
dates.sort()
for yy, mm, dd in dates:
    print(f"{yy}-{mm:02d}-{dd:02d}")
print(min(dates), max(dates))
pts = [(1.5, 2.0), (-1.0, 4.0), (1.5, -2.0)]
print(sorted(pts))

# Dicts of float values: running totals and averages per category.
purchases = [("food", 12.5), ("fuel", 40.0), ("food", 7.25), ("fun", 15.0), ("fuel", 35.5)]
totals: dict[str, float] = {}
counts: dict[str, int] = {}
for cat, amount in purchases:
    totals[cat] = totals.get(cat, 0.0) + amount
    counts[cat] = counts.get(cat, 0) + 1
print(totals)
print(counts)
for cat2 in totals:
    print(cat2, totals[cat2] / counts[cat2])
rates = {"usd": 1.0, "eur": 0.92, "jpy": 151.3}
rates["eur"] *= 1.01
rates["usd"] += 0.5
print(rates)
grand = 0.0
for v in totals.values():
    grand += v
print(grand, max(list(totals.values())), min(list(totals.values())))

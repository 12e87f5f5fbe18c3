# Word frequency with list(), sorted() with reverse, and str/repr of results.
text = "red blue red green blue red yellow green red"
words = text.split()
counts: dict[str, int] = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
order = sorted([(c, w) for w, c in counts.items()], reverse=True)
print(order)
top = [p[1] for p in order][:2]
print(top, repr(top), str(len(top)))
print(sum(list(counts.values())) == len(words), max(list(counts.values())))
print(sorted(list(counts.keys()), key=len), min(list(counts.keys()), key=len))

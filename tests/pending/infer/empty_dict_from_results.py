# An empty dict filled from the results of unannotated functions, keyed by str and by int.
def classify(n):
    if n < 0:
        return "neg"
    if n == 0:
        return "zero"
    return "pos"


def digits(n):
    return len(str(abs(n)))


def stats(xs):
    return (min(xs), max(xs), sum(xs))


values = [5, -3, 0, 12, -40, 7, 0, 100]
kinds = {}
for v in values:
    kinds[v] = classify(v)
print(kinds)

widths = {}
for v in values:
    widths[classify(v)] = digits(v)
print(widths)

summary = {}
summary["pos"] = stats([v for v in values if v > 0])
summary["neg"] = stats([v for v in values if v < 0])
print(summary)
lo, hi, tot = summary["pos"]
print(lo, hi, tot)

lengths = {}
for word in ["one", "three", "five", "eleven"]:
    lengths[word] = len(word)
print(lengths, sum(lengths.values()), sorted(lengths, key=lengths.get))

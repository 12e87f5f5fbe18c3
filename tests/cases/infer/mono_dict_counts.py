# Unannotated functions building and reading dicts of str -> int.
def count_words(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


def most_common(counts):
    best = None
    best_n = 0
    for k in sorted(counts):
        if counts[k] > best_n:
            best = k
            best_n = counts[k]
    return best, best_n


def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out


c1 = count_words("the cat and the hat and the bat")
c2 = count_words("a cat a hat")
print(sorted(c1.items()))
print(sorted(c2.items()))
print(most_common(c1), most_common(c2))
m = merge(c1, c2)
print(sorted(m.items()))
print(len(m), m["cat"], "dog" in m)
for k in sorted(m, key=lambda k: (-m[k], k)):
    print(k, m[k])

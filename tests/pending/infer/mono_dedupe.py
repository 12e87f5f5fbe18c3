# dedupe(xs) and counts(xs) preserve first-seen order for ints, strs and tuples.
def dedupe(xs):
    seen = set()
    out = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def counts(xs):
    c = {}
    for x in xs:
        c[x] = c.get(x, 0) + 1
    return c


def most_common(xs):
    c = counts(xs)
    best = None
    for x in dedupe(xs):
        if best is None or c[x] > c[best]:
            best = x
    return best


nums = [3, 1, 3, 2, 1, 3]
words = "the cat and the hat and the bat".split()
pts = [(1, 1), (0, 0), (1, 1)]
print(dedupe(nums), counts(nums), most_common(nums))
print(dedupe(words), most_common(words))
print(counts(words)["the"], counts(words)["cat"])
print(dedupe(pts), counts(pts)[(1, 1)], most_common(pts))
print(dedupe("mississippi"), most_common("mississippi"))
print(most_common([]))

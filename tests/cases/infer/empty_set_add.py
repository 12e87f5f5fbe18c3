# An empty set filled by add with small ints and then used for membership and set ops.
seen = set()
dups = set()
for x in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    if x in seen:
        dups.add(x)
    seen.add(x)
print(sorted(seen), sorted(dups), len(seen))
print(sorted(seen - dups), sorted(seen & {1, 2, 3}), sorted(dups | {7}))
multiples = set()
for i in range(1, 20):
    if i % 3 == 0 or i % 5 == 0:
        multiples.add(i)
print(sorted(multiples), sum(multiples))
multiples.discard(3)
multiples.discard(100)
print(3 in multiples, 5 in multiples, len(multiples))
words = set()
for w in "the quick the lazy the end".split():
    words.add(w)
print(sorted(words), len(words))

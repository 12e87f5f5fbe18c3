# Empty sets built up from strs and from tuples, then combined with set operations.
text = "the quick brown fox jumps over the lazy dog the end"
words = set()
for w in text.split():
    words.add(w)
print(sorted(words), len(words))

letters = set()
for w in words:
    for c in w:
        letters.add(c)
print(len(letters), "".join(sorted(letters)))

vowels = set()
for c in "aeiou":
    vowels.add(c)
print(sorted(letters - vowels))
print(sorted(letters & vowels))

pairs = set()
for i in range(4):
    for j in range(4):
        pairs.add((min(i, j), max(i, j)))
print(len(pairs), sorted(pairs)[:5])

seen = set()
dups = set()
for w in text.split():
    if w in seen:
        dups.add(w)
    seen.add(w)
print(sorted(dups), "fox" in seen, "cat" in seen)
seen.discard("fox")
print(len(seen), "fox" in seen)

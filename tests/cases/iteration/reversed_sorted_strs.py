# reversed and sorted on lists of strs with non-ASCII content.
words = ["zèbre", "apple", "Éclair", "banana", "été", "Zulu"]
for w in sorted(words):
    print(w, [ord(c) for c in w[:1]])
print(sorted(words, reverse=True))
for w in reversed(sorted(words)):
    print(w, end=" ")
print()
rev_each: list[str] = []
for w in words:
    rev_each.append(w[::-1])
print(rev_each)
print(sorted(rev_each)[0], sorted(rev_each)[-1])

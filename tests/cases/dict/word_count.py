# Counting word frequencies with a dict and printing them in order.
text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick dog is a happy dog"""
counts: dict[str, int] = {}
for word in text.split():
    if word in counts:
        counts[word] += 1
    else:
        counts[word] = 1
print(counts)
print(len(counts), counts["the"], counts["dog"], counts.get("cat", 0))
pairs: list[tuple[int, str]] = []
for w, c in counts.items():
    pairs.append((-c, w))
pairs.sort()
for negc, w2 in pairs[:5]:
    print(w2.ljust(6), -negc)
once: list[str] = []
for w3 in counts:
    if counts[w3] == 1:
        once.append(w3)
print(once)

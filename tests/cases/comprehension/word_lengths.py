# Word statistics computed with comprehensions.
text = "It is a truth universally acknowledged that a single man in possession of a good fortune must be in want of a wife"
words = text.lower().split()
lengths = [len(w) for w in words]
print(lengths)
print(max(lengths), min(lengths), sum(lengths) / len(lengths))
long_words = [w for w in words if len(w) >= 7]
print(long_words)
by_len = {n: [w for w in words if len(w) == n] for n in range(1, 5)}
print(by_len)
unique: list[str] = []
for w in words:
    if w not in unique:
        unique.append(w)
print(len(words), len(unique))
freq = {w: words.count(w) for w in unique if words.count(w) > 1}
print(freq)
print([w for w in unique if w[0] == w[-1]])

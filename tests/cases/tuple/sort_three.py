# Ordering three values with tuple swaps, and ranking with (count, word) keys.
def sort3(a: int, b: int, c: int) -> tuple[int, int, int]:
    if a > b:
        a, b = b, a
    if b > c:
        b, c = c, b
    if a > b:
        a, b = b, a
    return (a, b, c)


for triple in [(3, 1, 2), (1, 2, 3), (3, 2, 1), (2, 2, 1), (-5, 10, 0)]:
    x, y, z = triple
    print(triple, "->", sort3(x, y, z))
words = ["to", "be", "or", "not", "to", "be", "that", "is", "the", "question"]
ranked: list[tuple[int, str]] = []
seen: list[str] = []
for w in words:
    if w not in seen:
        seen.append(w)
        ranked.append((-words.count(w), w))
ranked.sort()
for neg, word in ranked[:4]:
    print(word, -neg)
print(ranked[0] < ranked[1], ranked[-1])

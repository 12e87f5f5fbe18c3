# Return types flow through a chain of unannotated calls: str -> list[str] -> dict[str, int] -> list[tuple] -> str.
def tokenize(text):
    return text.lower().replace(",", " ").replace(".", " ").split()


def count(words):
    d = {}
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d


def ranked(counts):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def top(pairs, n):
    return pairs[:n]


def render(pairs):
    return "; ".join(w + "=" + str(c) for w, c in pairs)


def analyze(text, n):
    return render(top(ranked(count(tokenize(text))), n))


text = "The cat sat. The dog sat, the cat ran. A dog, a cat."
print(tokenize(text))
print(sorted(count(tokenize(text)).items()))
print(ranked(count(tokenize(text)))[0])
print(analyze(text, 3))
print(analyze("b a b a c b", 2), len(analyze("x", 5)))
first = top(ranked(count(tokenize(text))), 1)[0]
print(first[0].upper(), first[1] * 10)

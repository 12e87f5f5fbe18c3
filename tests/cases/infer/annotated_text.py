# Annotated and unannotated text functions calling each other, str/list[str]/dict[str, int] agreeing.
def words(text: str) -> list[str]:
    return [w.strip(".,!?").lower() for w in text.split()]


def freq(text):
    out = {}
    for w in words(text):
        out[w] = out.get(w, 0) + 1
    return out


def top(counts: dict[str, int], n: int) -> list[str]:
    return sorted(counts, key=lambda w: (-counts[w], w))[:n]


def title(s):
    return " ".join(w.capitalize() for w in words(s))


def summarize(text: str) -> str:
    f = freq(text)
    return title(" ".join(top(f, 3))) + " (" + str(len(f)) + " distinct)"


t = "The cat saw the dog. The dog saw a bird! A bird, a cat."
print(words(t)[:5])
print(sorted(freq(t).items()))
print(top(freq(t), 2))
print(title("hello big world"))
print(summarize(t))

# A counter class wrapping a dict: add, most_common by a manual scan, merge with another counter.
class WordCounter:
    def __init__(self):
        self.counts: dict[str, int] = {}
        self.total = 0

    def add(self, word: str):
        self.counts[word] = self.counts.get(word, 0) + 1
        self.total += 1

    def add_text(self, text: str):
        for w in text.lower().split():
            self.add(w)

    def get(self, word: str) -> int:
        return self.counts.get(word, 0)

    def most_common(self) -> str:
        best = ""
        best_n = 0
        for w, n in self.counts.items():
            if n > best_n or (n == best_n and w < best):
                best = w
                best_n = n
        return best

    def merge(self, other: "WordCounter"):
        for w, n in other.counts.items():
            self.counts[w] = self.counts.get(w, 0) + n
            self.total += n


a = WordCounter()
a.add_text("the cat and the hat and the bat")
print(a.total, len(a.counts), a.get("the"), a.get("dog"))
print(a.most_common())
print(sorted(a.counts.items()))
b = WordCounter()
b.add_text("And AND and cat")
print(b.counts, b.most_common())
a.merge(b)
print(a.total, a.get("and"), a.most_common())
print(b.total)

"""Word count: generates N words of pseudo-random text (a fixed vocabulary,
some words capitalised or followed by a comma, twelve words to a sentence and
a line), then counts the words with a dict and prints the most frequent.
String building, splitting, normalising and dict updates."""

N = 500_000  # smoke: 2000

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qua", "bel", "dor", "fin", "gra"]


class Lcg:
    """A linear congruential generator, so every run sees the same text."""

    def __init__(self, seed: int) -> None:
        self.state = seed

    def below(self, bound: int) -> int:
        self.state = (self.state * 1103515245 + 12345) % 2**31
        return (self.state >> 8) % bound


def make_vocabulary(size: int, rng: Lcg) -> list[str]:
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < size:
        word = "".join(SYLLABLES[rng.below(len(SYLLABLES))] for _ in range(1 + rng.below(3)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def generate_text(n_words: int, rng: Lcg) -> str:
    vocabulary = make_vocabulary(1500, rng)
    lines = []
    sentence: list[str] = []
    for _ in range(n_words):
        # The smaller of two draws favours the start of the vocabulary, so
        # some words are much more common than others, as in real text.
        word = vocabulary[min(rng.below(len(vocabulary)), rng.below(len(vocabulary)))]
        if not sentence or rng.below(20) == 0:
            word = word.capitalize()
        elif rng.below(15) == 0:
            word += ","
        sentence.append(word)
        if len(sentence) == 12:
            lines.append(" ".join(sentence) + ".")
            sentence = []
    if sentence:
        lines.append(" ".join(sentence) + ".")
    return "\n".join(lines)


def count_words(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in text.splitlines():
        for token in line.split():
            word = token.strip(".,").lower()
            counts[word] = counts.get(word, 0) + 1
    return counts


def main(n_words: int) -> None:
    text = generate_text(n_words, Lcg(2024))
    counts = count_words(text)
    print(f"{len(text)} characters, {sum(counts.values())} words, {len(counts)} distinct")
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    for word, count in ranked[:10]:
        print(f"{word:>12} {count:7d}")
    longest = max(counts, key=lambda w: (len(w), w))
    print(f"longest word: {longest}")


if __name__ == "__main__":
    main(N)

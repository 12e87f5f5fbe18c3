"""String building and processing: split, join, replace, strip, upper and
find over a few megabytes of generated text."""

N = 300000  # smoke: 300

WORDS = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit", "sed", "do"]


def make_text(lines: int) -> str:
    """Deterministic lines of words, built with join."""
    out: list[str] = []
    for i in range(lines):
        words = [WORDS[(i * 7 + j * 3) % len(WORDS)] for j in range(8)]
        out.append(" ".join(words) + "  ")
    return "\n".join(out)


def process(text: str) -> int:
    total = 0
    for line in text.split("\n"):
        cleaned = line.strip().replace("ipsum", "IPSUM")
        parts = cleaned.split(" ")
        total += len(parts) + cleaned.find("amet") + len(",".join(parts).upper())
    return total


text = make_text(N)
print(len(text), process(text), text.count("dolor"), len(text.replace(" ", "")))

# A text-processing pipeline where some stages are annotated and others are not.
def split_lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def parse_line(line):
    name, score = line.split(":")
    return name.strip(), int(score)


def best_by_name(records: list[tuple[str, int]]) -> dict[str, int]:
    best: dict[str, int] = {}
    for name, score in records:
        if name not in best or score > best[name]:
            best[name] = score
    return best


def ranking(best):
    return sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))


text = """
ann: 12
bob: 30
ann: 25
cy: 30

bob: 7
"""
lines = split_lines(text)
print(lines)
records = [parse_line(l) for l in lines]
print(records)
best = best_by_name(records)
for place, (name, score) in enumerate(ranking(best), 1):
    print(place, name, score)

# A ValueError raised three calls deep escapes all the way to the top level.
def parse_level(text: str) -> int:
    level = int(text)
    if not 1 <= level <= 5:
        raise ValueError(f"level must be 1..5, got {level}")
    return level


def parse_entry(entry: str) -> tuple[str, int]:
    name, level = entry.split(":")
    return name, parse_level(level)


def parse_all(entries: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for entry in entries:
        name, level = parse_entry(entry)
        out[name] = level
        print("parsed", name, level)
    return out


print(parse_all(["ann:3", "bo:5", "cy:9", "di:1"]))

# Narrowing Optional values with isinstance checks.
def normalize(s: str | None) -> str:
    if isinstance(s, str):
        return s.strip().lower()
    return "<none>"


def add_one(v: int | None) -> int:
    if not isinstance(v, int):
        return 0
    return v + 1


def title_or_none(s: str | None) -> str | None:
    if isinstance(s, str) and len(s) > 0:
        return s.title()
    return None


inputs: list[str | None] = ["  Hello ", None, "WORLD", None]
print([normalize(s) for s in inputs])
print([add_one(v) for v in [1, None, 41]])
print(title_or_none("big cat"), title_or_none(""), title_or_none(None))
print(isinstance(None, int), isinstance(3, int))
count = 0
for s in inputs:
    if isinstance(s, str):
        count += len(s)
print(count)

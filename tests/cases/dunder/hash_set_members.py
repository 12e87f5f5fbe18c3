# Objects with __hash__/__eq__ in sets: duplicates collapse, membership by value, set algebra.
class Tag:
    def __init__(self, name: str):
        self.name = name

    def __eq__(self, other: "Tag") -> bool:
        return self.name.lower() == other.name.lower()

    def __hash__(self) -> int:
        return hash(self.name.lower())


def names(s: set[Tag]) -> list[str]:
    return sorted([t.name.lower() for t in s])


tags = {Tag("Python"), Tag("rust"), Tag("PYTHON"), Tag("Go"), Tag("go")}
print(len(tags), names(tags))
print(Tag("RUST") in tags, Tag("java") in tags)
tags.add(Tag("Java"))
tags.add(Tag("java"))
print(len(tags))
tags.discard(Tag("GO"))
print(names(tags))
other = {Tag("rust"), Tag("zig")}
print(names(tags & other), names(tags | other), names(tags - other))
uniq: list[Tag] = []
seen: set[Tag] = set()
for w in ["a", "B", "b", "c", "A", "d"]:
    t = Tag(w)
    if t not in seen:
        seen.add(t)
        uniq.append(t)
print([t.name for t in uniq])

# Dispatching on type(x).__name__ and on `type(x) is C` for objects held in a base-typed list.
class Msg:
    def __init__(self, sender: str):
        self.sender = sender


class Text(Msg):
    def __init__(self, sender: str, body: str):
        super().__init__(sender)
        self.body = body


class Image(Msg):
    def __init__(self, sender: str, w: int, h: int):
        super().__init__(sender)
        self.w = w
        self.h = h


class Ping(Msg):
    pass


def summary(m: Msg) -> str:
    kind = type(m).__name__
    if kind == "Text" and isinstance(m, Text):
        return f"{m.sender} says {m.body!r}"
    if kind == "Image" and isinstance(m, Image):
        return f"{m.sender} sent {m.w}x{m.h}"
    return f"{m.sender}: <{kind.lower()}>"


inbox: list[Msg] = [Text("ann", "hi"), Image("bob", 640, 480), Ping("cy"), Text("bob", "lunch?"), Msg("sys")]
for m in inbox:
    print(summary(m))
counts: dict[str, int] = {}
for m in inbox:
    counts[type(m).__name__] = counts.get(type(m).__name__, 0) + 1
print(counts)
print([type(m) is Text for m in inbox])
print([type(m) is Msg for m in inbox], [isinstance(m, Msg) for m in inbox])
print(type(inbox[1]) == Image, type(inbox[1]) == Msg, type(inbox[2]).__name__)
pixels = 0
for m in inbox:
    if type(m) is Image and isinstance(m, Image):
        pixels += m.w * m.h
print(pixels)
print(sorted(set([type(m).__name__ for m in inbox])))

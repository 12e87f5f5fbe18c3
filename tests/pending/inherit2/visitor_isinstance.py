# Visitor-like dispatch via isinstance over a document tree: render, word count and depth walk a base-typed tree.
class Block:
    def __init__(self):
        self.children: list[Block] = []

    def add(self, b: "Block") -> "Block":
        self.children.append(b)
        return self


class Heading(Block):
    def __init__(self, level: int, text: str):
        super().__init__()
        self.level = level
        self.text = text


class Para(Block):
    def __init__(self, text: str):
        super().__init__()
        self.text = text


class ListBlock(Block):
    pass


def render(b: Block, indent: int) -> list[str]:
    pad = "  " * indent
    out: list[str] = []
    if isinstance(b, Heading):
        out.append(pad + "#" * b.level + " " + b.text)
    elif isinstance(b, Para):
        out.append(pad + b.text)
    elif isinstance(b, ListBlock):
        for c in b.children:
            out.append(pad + "- " + render(c, 0)[0])
        return out
    for c in b.children:
        out.extend(render(c, indent + 1))
    return out


def words(b: Block) -> int:
    n = 0
    if isinstance(b, Heading):
        n = len(b.text.split())
    elif isinstance(b, Para):
        n = len(b.text.split())
    for c in b.children:
        n += words(c)
    return n


def count_kinds(b: Block, acc: dict[str, int]):
    acc[type(b).__name__] = acc.get(type(b).__name__, 0) + 1
    for c in b.children:
        count_kinds(c, acc)


doc = Block()
intro = Heading(1, "Intro to Molt")
intro.add(Para("Molt compiles Python to Rust."))
doc.add(intro)
doc.add(ListBlock().add(Para("fast")).add(Para("static types")).add(Heading(3, "safe")))
doc.add(Heading(2, "Usage").add(Para("Run the compiler on a file.")))
for line in render(doc, 0):
    print(line)
print(words(doc), words(intro))
kinds: dict[str, int] = {}
count_kinds(doc, kinds)
print(kinds)

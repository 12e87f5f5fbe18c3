# A text editor buffer with an undo/redo stack of Edit objects recording insertions and deletions.
class Edit:
    def __init__(self, kind: str, pos: int, text: str):
        self.kind = kind
        self.pos = pos
        self.text = text

    def __repr__(self) -> str:
        return f"{self.kind}({self.pos},{self.text!r})"


class Editor:
    def __init__(self):
        self.text = ""
        self.undo_stack: list[Edit] = []
        self.redo_stack: list[Edit] = []

    def apply(self, e: Edit):
        if e.kind == "ins":
            self.text = self.text[:e.pos] + e.text + self.text[e.pos:]
        else:
            self.text = self.text[:e.pos] + self.text[e.pos + len(e.text):]

    @staticmethod
    def inverse(e: Edit) -> Edit:
        return Edit("del" if e.kind == "ins" else "ins", e.pos, e.text)

    def insert(self, pos: int, s: str):
        e = Edit("ins", pos, s)
        self.apply(e)
        self.undo_stack.append(e)
        self.redo_stack = []

    def delete(self, pos: int, n: int):
        e = Edit("del", pos, self.text[pos:pos + n])
        self.apply(e)
        self.undo_stack.append(e)
        self.redo_stack = []

    def undo(self) -> bool:
        if not self.undo_stack:
            return False
        e = self.undo_stack.pop()
        self.apply(Editor.inverse(e))
        self.redo_stack.append(e)
        return True

    def redo(self) -> bool:
        if not self.redo_stack:
            return False
        e = self.redo_stack.pop()
        self.apply(e)
        self.undo_stack.append(e)
        return True


ed = Editor()
ed.insert(0, "hello")
ed.insert(5, " world")
ed.insert(0, ">> ")
print(repr(ed.text), ed.undo_stack)
ed.delete(3, 6)
print(repr(ed.text))
print(ed.undo(), repr(ed.text))
print(ed.undo(), repr(ed.text))
print(ed.redo(), repr(ed.text), ed.redo_stack)
ed.insert(len(ed.text), "!")
print(repr(ed.text), ed.redo(), ed.redo_stack)
while ed.undo():
    pass
print(repr(ed.text), len(ed.redo_stack), ed.undo())
while ed.redo():
    pass
print(repr(ed.text))

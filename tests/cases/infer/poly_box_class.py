# An unannotated Box class whose value field holds an int in some instances and a str or list in others.
class Box:
    def __init__(self, value):
        self.value = value
        self.reads = 0

    def get(self):
        self.reads += 1
        return self.value

    def set(self, value):
        self.value = value

    def doubled(self):
        return self.value + self.value


def describe(box):
    return "Box(" + repr(box.get()) + ")"


bi = Box(21)
bs = Box("ab")
bl = Box([1, 2])
print(bi.get() * 2, bs.get().upper(), len(bl.get()))
print(bi.doubled(), bs.doubled(), bl.doubled())
bi.set(bi.get() + 1)
bs.set(bs.get() + "c")
bl.set(bl.get() + [3])
print(describe(bi), describe(bs), describe(bl))
print(bi.reads, bs.reads, bl.reads)
boxes = [Box(n) for n in range(4)]
print(sum(b.get() for b in boxes), [b.doubled() for b in boxes])

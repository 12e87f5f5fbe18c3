"""Methods named like str/list/dict methods (find, remove, update, count) take
keywords and defaults; the builtins' own methods still work beside them."""


class Square:
    def __init__(self, name):
        self.name = name
        self.ref = self
        self.updates = 0
        self.removed = []

    def find(self, update=False):
        if update:
            self.updates += 1
        return self.ref

    def remove(self, reference, update=True):
        self.removed.append((reference.name, update))

    def update(self, by=1, *, note=""):
        self.updates += by
        return note


a = Square("a")
b = Square("b")
b.ref = a
print(b.find().name, b.find(update=True).name, b.updates)
a.remove(b)
a.remove(b, update=False)
a.remove(reference=a)
print(a.removed)
print(a.update(), a.update(5, note="five"), a.updates)
text = "molt compiles"
print(text.find("c"), text.count("o"))
names = ["x", "y", "x"]
names.remove("x")
print(names)
d = {"k": 1}
d.update({"j": 2})
print(d)


class Stack:
    def __init__(self):
        self.items = [1, 2, 3]

    def pop(self, i=-1):
        return self.items.pop(i)


def last(ys):
    return ys.pop()


s = Stack()
print(s.pop(), s.pop(0), s.items, last([5, 6]), [7, 8].pop())


class EmptySet:
    def __init__(self):
        self.gone = []

    def remove(self, pos):
        self.gone.append(pos)


empties = EmptySet()
empties.remove(4)
sq = Square("s")
sq.remove(sq)
sq.remove(sq, update=False)
print(empties.gone, sq.removed)

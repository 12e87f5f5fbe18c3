# A field set to None in __init__ and to another object later (parent link), read with None checks.
class Node:
    def __init__(self, name):
        self.name = name
        self.parent = None
        self.children = []

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def depth(self):
        d = 0
        p = self.parent
        while p is not None:
            d += 1
            p = p.parent
        return d

    def path(self):
        if self.parent is None:
            return self.name
        return self.parent.path() + "/" + self.name


root = Node("root")
usr = root.add(Node("usr"))
lib = usr.add(Node("lib"))
bin_ = usr.add(Node("bin"))
etc = root.add(Node("etc"))
for n in [root, usr, lib, bin_, etc]:
    parent = n.parent.name if n.parent is not None else "-"
    print(n.name, n.depth(), n.path(), parent)
print([c.name for c in usr.children])
print(lib.parent is usr, root.parent is None)
lib.parent = None
print(lib.path(), lib.depth())

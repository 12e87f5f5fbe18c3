# `is` between an instance and a field that may hold one or None.
class Node:
    def __init__(self, name, parent):
        self.name = name
        self.parent = parent


class Shape:
    def __init__(self):
        self.n = 0


class Square(Shape):
    pass


root = Node("root", None)
child = Node("child", root)
other = Node("other", None)
print(child.parent is root, root is child.parent, child.parent is not root)
print(child.parent is other, root.parent is child.parent, root.parent is other.parent)
print(other.parent is None, child.parent is None)
best = None
for s in [Shape(), Square(), Shape()]:
    if best is None or best is not s:
        best = s
print(best is None)

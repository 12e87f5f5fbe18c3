# An unannotated binary search tree: insert, contains, in-order walk, height and min/max.
class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, key):
        if key < self.key:
            if self.left is None:
                self.left = Tree(key)
            else:
                self.left.insert(key)
        elif key > self.key:
            if self.right is None:
                self.right = Tree(key)
            else:
                self.right.insert(key)

    def contains(self, key):
        if key == self.key:
            return True
        child = self.left if key < self.key else self.right
        return child is not None and child.contains(key)

    def walk(self, out):
        if self.left is not None:
            self.left.walk(out)
        out.append(self.key)
        if self.right is not None:
            self.right.walk(out)
        return out

    def height(self):
        lh = 0 if self.left is None else self.left.height()
        rh = 0 if self.right is None else self.right.height()
        return 1 + max(lh, rh)


root = Tree(50)
for k in [30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    root.insert(k)
print(root.walk([]))
print(root.height(), root.contains(45), root.contains(55))
node = root
while node.left is not None:
    node = node.left
print("min", node.key)
node = root
while node.right is not None:
    node = node.right
print("max", node.key)

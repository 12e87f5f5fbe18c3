# A binary search tree of Optional[Node]: insert, contains, inorder traversal, height, min/max.
from typing import Optional


class Node:
    def __init__(self, key: int):
        self.key = key
        self.left: Optional[Node] = None
        self.right: Optional[Node] = None


class BST:
    def __init__(self):
        self.root: Optional[Node] = None
        self.count = 0

    def insert(self, key: int):
        if self.root is None:
            self.root = Node(key)
            self.count += 1
            return
        cur = self.root
        while True:
            if key == cur.key:
                return
            if key < cur.key:
                if cur.left is None:
                    cur.left = Node(key)
                    self.count += 1
                    return
                cur = cur.left
            else:
                if cur.right is None:
                    cur.right = Node(key)
                    self.count += 1
                    return
                cur = cur.right

    def contains(self, key: int) -> bool:
        cur = self.root
        while cur is not None:
            if key == cur.key:
                return True
            cur = cur.left if key < cur.key else cur.right
        return False

    def inorder(self, node: Optional[Node], out: list[int]):
        if node is None:
            return
        self.inorder(node.left, out)
        out.append(node.key)
        self.inorder(node.right, out)

    def height(self, node: Optional[Node]) -> int:
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def minimum(self) -> int:
        cur = self.root
        assert cur is not None
        while cur.left is not None:
            cur = cur.left
        return cur.key


t = BST()
print(t.height(t.root), t.contains(1))
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 30, 65]:
    t.insert(k)
keys: list[int] = []
t.inorder(t.root, keys)
print(keys)
print(t.count, t.height(t.root), t.minimum())
print([t.contains(k) for k in [35, 36, 80, 10]])
chain = BST()
for k in range(6):
    chain.insert(k)
print(chain.height(chain.root), chain.count)

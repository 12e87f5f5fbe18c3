# A binary search tree with Optional left/right children.
class Tree:
    def __init__(self, key: int) -> None:
        self.key = key
        self.left: Tree | None = None
        self.right: Tree | None = None


def insert(root: Tree | None, key: int) -> Tree:
    if root is None:
        return Tree(key)
    if key < root.key:
        root.left = insert(root.left, key)
    elif key > root.key:
        root.right = insert(root.right, key)
    return root


def inorder(root: Tree | None, out: list[int]) -> None:
    if root is None:
        return
    inorder(root.left, out)
    out.append(root.key)
    inorder(root.right, out)


def height(root: Tree | None) -> int:
    if root is None:
        return 0
    return 1 + max(height(root.left), height(root.right))


def find(root: Tree | None, key: int) -> Tree | None:
    cur = root
    while cur is not None and cur.key != key:
        cur = cur.left if key < cur.key else cur.right
    return cur


root: Tree | None = None
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    root = insert(root, k)
keys: list[int] = []
inorder(root, keys)
print(keys, height(root))
for k in [40, 45, 65]:
    hit = find(root, k)
    print(k, "found" if hit is not None else "missing", hit is None)
node = find(root, 70)
if node is not None and node.left is not None:
    print("left of 70 is", node.left.key)

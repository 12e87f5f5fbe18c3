# A tree with Optional parent pointers: depth, path to root, and lowest common ancestor by walking parents.
class TreeNode:
    def __init__(self, name: str, parent: "TreeNode | None" = None):
        self.name = name
        self.parent = parent
        self.children: list[TreeNode] = []
        if parent is not None:
            parent.children.append(self)


def depth(n: TreeNode) -> int:
    d = 0
    cur = n.parent
    while cur is not None:
        d += 1
        cur = cur.parent
    return d


def ancestors(n: TreeNode) -> list[str]:
    out: list[str] = []
    cur: TreeNode | None = n
    while cur is not None:
        out.append(cur.name)
        cur = cur.parent
    return out


def lca(a: TreeNode, b: TreeNode) -> TreeNode | None:
    seen = ancestors(a)
    cur: TreeNode | None = b
    while cur is not None:
        if cur.name in seen:
            return cur
        cur = cur.parent
    return None


root = TreeNode("ceo")
eng = TreeNode("eng", root)
sales = TreeNode("sales", root)
web = TreeNode("web", eng)
db = TreeNode("db", eng)
css = TreeNode("css", web)
emea = TreeNode("emea", sales)
other_root = TreeNode("board")
for n in [root, eng, css, emea]:
    print(n.name, depth(n), ancestors(n))
for a, b in [(css, db), (css, web), (emea, css), (db, db), (css, other_root)]:
    common = lca(a, b)
    print(a.name, b.name, "->", common.name if common is not None else "none")
print([c.name for c in root.children], [c.name for c in eng.children], len(css.children))
print(root.parent is None, css.parent is web, other_root.parent)

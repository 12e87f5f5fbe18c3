# Walking up Optional parent links, and reassigning an Optional variable in a loop.
class Dir:
    def __init__(self, name: str, parent: "Dir | None") -> None:
        self.name = name
        self.parent = parent


def path(d: Dir) -> str:
    parts: list[str] = []
    cur: Dir | None = d
    while cur is not None:
        parts.append(cur.name)
        cur = cur.parent
    parts.reverse()
    return "/".join(parts)


def depth(d: Dir | None) -> int:
    n = 0
    while d is not None:
        n += 1
        d = d.parent
    return n


root = Dir("", None)
home = Dir("home", root)
user = Dir("ann", home)
docs = Dir("docs", user)
print(path(docs), depth(docs))
print(path(home), depth(home), depth(None))
print(root.parent is None, docs.parent is user)
best: Dir | None = None
for d in [home, docs, user, root]:
    if best is None or depth(d) > depth(best):
        best = d
if best is not None:
    print("deepest:", best.name)

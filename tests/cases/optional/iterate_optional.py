"""Iterating a `T | None`: a T iterates, None raises TypeError."""


class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Tree(build(lo, mid), mid, build(mid + 1, hi))


print(list(build(0, 7)))
t = build(0, 3)
for v in t:
    print(v)
print(sum(x for x in build(0, 4)))
xs = [1, 2] if len(list(t)) > 1 else None
print([x * 2 for x in xs])
empty = build(0, 0)
print(list(empty))

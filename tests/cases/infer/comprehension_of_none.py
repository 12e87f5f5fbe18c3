# `[None for _ in ...]` is typed by what is stored in it later, like `[None] * n`.
class UCTNode:
    def __init__(self):
        self.wins = 0
        self.pos_child = [None for x in range(5)]


def play(node, pos):
    child = node.pos_child[pos]
    if not child:
        child = node.pos_child[pos] = UCTNode()
    child.wins += 1
    return child


root = UCTNode()
play(root, 2)
play(root, 2)
play(root, 4)
print([c.wins if c else None for c in root.pos_child])
names = [None for _ in "abc"]
names[1] = "b"
print(names)

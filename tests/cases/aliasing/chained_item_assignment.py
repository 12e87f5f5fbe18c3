"""`x = xs[i] = value` binds the same object to the name and the item."""


class Node:
    def __init__(self):
        self.children = [None] * 3
        self.visits = 0


def grow(node, i):
    child = node.children[i] = Node()
    child.visits += 1
    return child


root = Node()
c = grow(root, 1)
c.visits += 10
print(root.children[1].visits, root.children[0] is None, root.children[1] is c)

counts = {}
total = counts["a"] = counts["b"] = 5
print(total, counts)
grid = [[0] * 3 for _ in range(2)]
row = grid[1][2] = grid[0][0] = 7
print(row, grid)
shared = table = {}
shared["k"] = 1
first = table["again"] = [1, 2]
first.append(3)
print(table)

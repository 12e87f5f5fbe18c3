# Attributes a program assigns to instances from outside the class become
# fields; reading one before it is set raises AttributeError, as in CPython.
class Node:
    def __init__(self, name):
        self.name = name
        self.kids = []


def expand(node, depth):
    node.unexplored = [Node(node.name + str(i)) for i in range(depth)]
    for kid in node.unexplored:
        kid.depth = depth - 1


root = Node("r")
try:
    print(root.unexplored)
except AttributeError as e:
    print("AttributeError:", e)
expand(root, 3)
print([k.name for k in root.unexplored])
print([k.depth for k in root.unexplored])
root.unexplored.pop()
print(len(root.unexplored))
leaf = root.unexplored[0]
leaf.score = 1.5
leaf.score += 2
print(leaf.score)

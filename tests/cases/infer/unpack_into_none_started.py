# A name that starts as None and is later given an instance through tuple
# unpacking holds `T | None`.
class Child:
    def __init__(self, wins, losses):
        self.wins = wins
        self.losses = losses


def best_visited(children):
    maxvisits, maxchild = -1, None
    for child in children:
        if child.wins + child.losses > maxvisits:
            maxvisits, maxchild = child.wins + child.losses, child
    return maxchild


kids = [Child(1, 2), Child(5, 0), Child(2, 2)]
b = best_visited(kids)
print(b.wins, b.losses)
print(best_visited([]))
first, rest = None, kids[1:]
if first is None:
    first, rest = rest[0], rest[1:]
print(first.wins, len(rest))

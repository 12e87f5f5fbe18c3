# __repr__ that calls repr on nested objects and containers of objects, printed directly and inside containers.
class Leaf:
    def __init__(self, name: str):
        self.name = name

    def __repr__(self) -> str:
        return f"Leaf({self.name!r})"


class Branch:
    def __init__(self, label: str):
        self.label = label
        self.leaves: list[Leaf] = []
        self.meta: dict[str, Leaf] = {}

    def __repr__(self) -> str:
        return f"Branch({self.label}, {self.leaves!r}, {self.meta})"


b = Branch("main")
print(b)
b.leaves.append(Leaf("a"))
b.leaves.append(Leaf("it's"))
b.meta["first"] = b.leaves[0]
print(b)
print([b, Branch("empty")])
print(repr(b) == str(b))
print({"root": b})
print((Leaf("x"),))
print(repr(Leaf('say "hi"')))

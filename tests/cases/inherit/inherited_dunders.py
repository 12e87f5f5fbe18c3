# Dunder methods (__repr__, __eq__, __lt__, __len__) defined in a base class are inherited by subclasses.
class Item:
    def __init__(self, name: str, weight: int):
        self.name = name
        self.weight = weight

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.name}, {self.weight})"

    def __eq__(self, other: "Item") -> bool:
        return self.weight == other.weight

    def __lt__(self, other: "Item") -> bool:
        return self.weight < other.weight

    def __len__(self) -> int:
        return len(self.name)


class Tool(Item):
    pass


class Food(Item):
    def __repr__(self) -> str:
        return "Food:" + super().__repr__()


items: list[Item] = [Tool("hammer", 5), Food("apple", 1), Item("box", 3), Tool("saw", 1)]
print(items)
print(sorted(items))
print(min(items), max(items))
print(items[1] == items[3], items[0] == items[2])
print([len(i) for i in items])
print(str(items[1]), f"{items[0]}")

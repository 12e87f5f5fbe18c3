# super() chains through four levels: __init__ builds fields in order and describe() concatenates each level.
class Base:
    def __init__(self, name: str):
        self.name = name
        self.trail: list[str] = ["Base"]

    def describe(self) -> str:
        return "base:" + self.name

    def cost(self) -> int:
        return 10


class Middle(Base):
    def __init__(self, name: str, level: int):
        super().__init__(name)
        self.level = level
        self.trail.append("Middle")

    def describe(self) -> str:
        return super().describe() + f"|middle:{self.level}"

    def cost(self) -> int:
        return super().cost() * 2 + self.level


class Leaf(Middle):
    def __init__(self, name: str, level: int, tag: str):
        super().__init__(name, level)
        self.tag = tag
        self.trail.append("Leaf")

    def describe(self) -> str:
        return super().describe() + "|leaf:" + self.tag

    def cost(self) -> int:
        return super().cost() + len(self.tag)


class Tip(Leaf):
    def __init__(self, name: str):
        super().__init__(name, 7, "tip")
        self.trail.append("Tip")

    def cost(self) -> int:
        return super().cost() * 100


items: list[Base] = [Base("a"), Middle("b", 3), Leaf("c", 1, "xyz"), Tip("d")]
for it in items:
    print(it.describe())
for it in items:
    print(type(it).__name__, it.trail, it.cost())
t = Tip("e")
print(t.level, t.tag, t.name)
print([it.cost() for it in items if isinstance(it, Middle)])
print(sum([it.cost() for it in items]))

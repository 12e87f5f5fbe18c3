# A three-level hierarchy: each level overrides some methods and inherits others from further up.
class Base:
    def __init__(self, n: int):
        self.n = n

    def who(self) -> str:
        return "Base"

    def value(self) -> int:
        return self.n

    def info(self) -> str:
        return f"{self.who()} value={self.value()} kind={self.kind()}"

    def kind(self) -> str:
        return "base-kind"


class Middle(Base):
    def who(self) -> str:
        return "Middle"

    def value(self) -> int:
        return self.n * 10


class Leaf(Middle):
    def who(self) -> str:
        return "Leaf<" + super().who() + ">"

    def kind(self) -> str:
        return "leaf-kind"


objs: list[Base] = [Base(1), Middle(2), Leaf(3)]
for o in objs:
    print(o.info())
lf = Leaf(7)
print(lf.value(), lf.who(), lf.kind())
print(isinstance(lf, Middle), isinstance(lf, Base), isinstance(Middle(1), Leaf))
print([type(o).__name__ for o in objs])

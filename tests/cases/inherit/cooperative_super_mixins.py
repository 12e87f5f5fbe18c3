# Cooperative super() through mixins: each __init__ and describe() runs once, in MRO order.
class Base:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def describe(self) -> str:
        return "base"


class Timestamped(Base):
    def __init__(self) -> None:
        super().__init__()
        self.parts.append("time")

    def describe(self) -> str:
        return "timestamped(" + super().describe() + ")"


class Audited(Base):
    def __init__(self) -> None:
        super().__init__()
        self.parts.append("audit")

    def describe(self) -> str:
        return "audited(" + super().describe() + ")"


class Record(Timestamped, Audited):
    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key
        self.parts.append(key)

    def describe(self) -> str:
        return "record(" + super().describe() + ")"


r = Record("k1")
print(r.parts)
print(r.describe())
print([c.__name__ for c in Record.__mro__])
a = Audited()
print(a.parts, a.describe())
print(isinstance(r, Audited), isinstance(a, Timestamped), issubclass(Record, Base))

# Methods take defaults, keyword arguments and keyword-only parameters just like functions.
class Shelf:
    def __init__(self, name: str, capacity: int = 3) -> None:
        self.name = name
        self.capacity = capacity
        self.items: list[str] = []

    def add(self, item: str, *, force: bool = False) -> bool:
        if len(self.items) >= self.capacity and not force:
            return False
        self.items.append(item)
        return True

    def show(self, sep: str = ", ", upper: bool = False) -> str:
        text = sep.join(self.items)
        return self.name + ": " + (text.upper() if upper else text)


s = Shelf("books")
print([s.add(b) for b in ["a", "b", "c", "d"]])
print(s.add("e", force=True))
print(s.show())
print(s.show(" / "))
print(s.show(upper=True, sep="|"))
t = Shelf(capacity=1, name="tiny")
print(t.add("x"), t.add("y"), t.show())
try:
    t.add("z", True)  # type: ignore
except TypeError as e:
    print(e)

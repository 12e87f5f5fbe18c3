# Class-level annotated fields (x: int) declared in the body and set in __init__.
class Item:
    name: str
    price: float
    quantity: int
    labels: list[str]

    def __init__(self, name: str, price: float, quantity: int):
        self.name = name
        self.price = price
        self.quantity = quantity
        self.labels = []

    def total(self) -> float:
        return self.price * self.quantity


class Pair:
    left: int
    right: int

    def __init__(self, left: int, right: int):
        self.left = left
        self.right = right

    def swap(self):
        self.left, self.right = self.right, self.left


it = Item("pen", 1.25, 8)
print(it.name, it.price, it.quantity, it.total())
it.quantity -= 3
it.labels.append("office")
print(it.quantity, it.total(), it.labels)
pr = Pair(1, 2)
pr.swap()
print(pr.left, pr.right)
pr.left *= 10
pr.swap()
print(pr.left, pr.right)
items = [Item("a", 0.5, 4), Item("b", 2.0, 3), Item("c", 10.0, 1)]
print(sum([i.total() for i in items]))
print([i.name for i in items if i.total() > 1.5])

# Mutation through an alias is visible through every other reference to the object.
class Cell:
    def __init__(self, value: int):
        self.value = value
        self.history: list[int] = [value]

    def set(self, v: int):
        self.value = v
        self.history.append(v)


a = Cell(1)
b = a
b.set(2)
print(a.value, a.history)
cells = [a, Cell(10)]
cells[0].set(3)
print(a.value, b.value)
table: dict[str, Cell] = {"main": a}
table["main"].set(4)
print(b.value, b.history)
hist = a.history
hist.append(-1)
print(b.history)
b = Cell(100)
b.set(101)
print(a.value, b.value, a is b)
grid = [a, a, a]
grid[1].value = 77
print([g.value for g in grid])

"""A range passed between functions and stored in fields keeps its type."""


def evens(r):
    return r[::2]


def total(r):
    return sum(r)


class Grid:
    def __init__(self, width):
        self.cols = range(width)
        self.rows = range(1, width + 1)

    def cells(self):
        return [(x, y) for y in self.rows for x in self.cols]


g = Grid(3)
print(len(g.cells()), g.cells()[:4], g.cols, total(g.rows))
print(evens(range(10)), list(evens(g.cols)), total(evens(range(1, 8))))
spans = {"small": range(3), "big": range(100, 103)}
for name, r in spans.items():
    print(name, r, list(r), r[-1])

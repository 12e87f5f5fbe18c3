# __getitem__/__setitem__ with tuple keys (grid[r, c]) on a grid class, plus __len__ and __contains__.
class Grid:
    def __init__(self, rows: int, cols: int):
        self.rows = rows
        self.cols = cols
        self.cells = [[0] * cols for _ in range(rows)]

    def __getitem__(self, pos: tuple[int, int]) -> int:
        return self.cells[pos[0]][pos[1]]

    def __setitem__(self, pos: tuple[int, int], v: int):
        self.cells[pos[0]][pos[1]] = v

    def __len__(self) -> int:
        return self.rows * self.cols

    def __contains__(self, v: int) -> bool:
        for row in self.cells:
            if v in row:
                return True
        return False


g = Grid(3, 4)
g[0, 0] = 1
g[1, 2] = 7
g[2, 3] = g[1, 2] * 2
print(g[0, 0], g[1, 2], g[2, 3], g[2, 2])
print(len(g), 7 in g, 8 in g)
for r in range(3):
    for c in range(4):
        g[r, c] += r * c
print(g.cells)
key = (1, 3)
print(g[key])
print(sum([g[r, r] for r in range(3)]))

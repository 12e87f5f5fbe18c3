# A game-of-life grid class: neighbour counts, stepping generations, a blinker and a glider.
class Life:
    def __init__(self, rows: int, cols: int):
        self.rows = rows
        self.cols = cols
        self.cells = [[False] * cols for _ in range(rows)]
        self.generation = 0

    def set_alive(self, points: list[tuple[int, int]]):
        for r, c in points:
            self.cells[r][c] = True

    def neighbours(self, r: int, c: int) -> int:
        n = 0
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr == 0 and dc == 0:
                    continue
                rr = (r + dr) % self.rows
                cc = (c + dc) % self.cols
                if self.cells[rr][cc]:
                    n += 1
        return n

    def step(self):
        nxt = [[False] * self.cols for _ in range(self.rows)]
        for r in range(self.rows):
            for c in range(self.cols):
                n = self.neighbours(r, c)
                nxt[r][c] = n == 3 or (n == 2 and self.cells[r][c])
        self.cells = nxt
        self.generation += 1

    def population(self) -> int:
        return sum([row.count(True) for row in self.cells])

    def render(self) -> str:
        return "\n".join(["".join(["#" if x else "." for x in row]) for row in self.cells])


blink = Life(5, 5)
blink.set_alive([(2, 1), (2, 2), (2, 3)])
print(blink.render())
blink.step()
print(blink.render())
print(blink.population(), blink.neighbours(2, 2), blink.neighbours(0, 0))
g = Life(6, 6)
g.set_alive([(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)])
for _ in range(4):
    g.step()
print(g.render())
print(g.generation, g.population())

# A frozen Pos dataclass as dict keys on a sparse grid: flood fill, neighbour lookups and key replacement.
from dataclasses import dataclass


@dataclass(frozen=True)
class Pos:
    r: int
    c: int

    def neighbours(self) -> list["Pos"]:
        return [Pos(self.r - 1, self.c), Pos(self.r + 1, self.c), Pos(self.r, self.c - 1), Pos(self.r, self.c + 1)]


rows = ["..#..", ".##..", "....#", "#...."]
grid: dict[Pos, str] = {}
for r, line in enumerate(rows):
    for c, ch in enumerate(line):
        grid[Pos(r, c)] = ch
print(len(grid), grid[Pos(1, 2)], Pos(9, 9) in grid)
walls = [p for p in grid if grid[p] == "#"]
print(walls)
region: dict[Pos, int] = {Pos(0, 0): 0}
frontier = [Pos(0, 0)]
while frontier:
    cur = frontier.pop(0)
    for n in cur.neighbours():
        if n in grid and grid[n] == "." and n not in region:
            region[n] = region[cur] + 1
            frontier.append(n)
print(len(region), region[Pos(3, 4)], max(region.values()))
far = [p for p in region if region[p] == max(region.values())]
print(far)
grid[Pos(0, 0)] = "S"
print(grid[Pos(0, 0)], len(grid))
counts: dict[Pos, int] = {}
for p in [Pos(1, 1), Pos(2, 2), Pos(1, 1), Pos(1, 1)]:
    counts[p] = counts.get(p, 0) + 1
print(counts)

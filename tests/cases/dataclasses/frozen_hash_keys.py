# Frozen dataclasses are hashable: usable as dict keys and set members.
from dataclasses import dataclass


@dataclass(frozen=True)
class Cell:
    row: int
    col: int


grid: dict[Cell, str] = {}
grid[Cell(0, 0)] = "start"
grid[Cell(2, 3)] = "treasure"
grid[Cell(0, 0)] = "home"
print(len(grid))
print(grid[Cell(0, 0)], grid[Cell(2, 3)])
print(Cell(2, 3) in grid, Cell(3, 2) in grid)
visited = {Cell(1, 1), Cell(1, 2), Cell(1, 1), Cell(2, 2)}
print(len(visited))
print(Cell(1, 2) in visited)
print(sorted([(c.row, c.col) for c in visited]))
print(hash(Cell(4, 5)) == hash(Cell(4, 5)))
seen: set[Cell] = set()
path = [Cell(0, 0), Cell(0, 1), Cell(0, 0), Cell(1, 1), Cell(0, 1)]
for step in path:
    if step in seen:
        print("revisit", step)
    seen.add(step)
print(len(seen))

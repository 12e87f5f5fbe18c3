# Lists of Optional values: printing them, filtering None out, replacing None with defaults and counting gaps.
def fill(values: list[int | None], default: int) -> list[int]:
    out: list[int] = []
    for v in values:
        if v is None:
            out.append(default)
        else:
            out.append(v)
    return out


def forward_fill(values: list[float | None]) -> list[float | None]:
    out: list[float | None] = []
    last: float | None = None
    for v in values:
        if v is not None:
            last = v
        out.append(last)
    return out


readings: list[int | None] = [3, None, 7, None, None, 2]
print(readings)
print(fill(readings, 0), fill(readings, -1))
print([v for v in readings if v is not None], readings.count(None))
print(None in readings, readings.index(None))
temps: list[float | None] = [None, 1.5, None, 2.25, None]
print(forward_fill(temps))
names: list[str | None] = ["ann", None, "cy"]
print(names, [n if n is not None else "?" for n in names])
print(str(names), len(names))
names[1] = "bob"
names.append(None)
print(names)
grid: list[list[int | None]] = [[1, None], [None, 4]]
print(grid, [row.count(None) for row in grid])
gaps = 0
for row in grid:
    for cell in row:
        if cell is None:
            gaps += 1
print(gaps)

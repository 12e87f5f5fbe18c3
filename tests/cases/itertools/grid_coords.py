# itertools.product over grid coordinates with compress and filterfalse.
from itertools import compress, filterfalse, product

width = 4
height = 3
cells = list(product(range(height), range(width)))
print(len(cells), cells[:5])

walls = {(0, 1), (1, 1), (2, 3)}
open_mask = [c not in walls for c in cells]
open_cells = list(compress(cells, open_mask))
print(len(open_cells))
print(list(filterfalse(lambda c: c not in walls, cells)))


def neighbours(r: int, c: int) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    for dr, dc in product((-1, 0, 1), repeat=2):
        if (dr, dc) != (0, 0) and 0 <= r + dr < height and 0 <= c + dc < width:
            result.append((r + dr, c + dc))
    return result


print(neighbours(0, 0))
print(len(neighbours(1, 2)))
print(["".join(p) for p in product("ab", "xy", "1")])

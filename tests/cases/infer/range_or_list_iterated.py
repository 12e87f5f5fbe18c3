# A local that is a range on one path and a list on another, read only as
# a sequence, behaves the same either way.


def cells_to_check(count, last_move=None):
    cells = range(count) if last_move is None else [last_move, last_move + 1]
    total = 0
    for i in cells:
        total += i
    print(len(cells), total, 2 in cells, cells[0], sorted(cells, reverse=True))
    return [c * 2 for c in cells]


def picked(flag):
    if flag:
        chosen = range(3, 9, 2)
    else:
        chosen = [10, 20]
    return sum(chosen), max(chosen), list(enumerate(chosen))


print(cells_to_check(4))
print(cells_to_check(4, 7))
print(picked(True))
print(picked(False))

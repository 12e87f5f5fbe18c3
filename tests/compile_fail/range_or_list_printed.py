def cells(count, last=None):
    found = range(count) if last is None else [last]
    # Printing tells a range from a list, so the two stay two types.
    print(found)


cells(3)
cells(3, 1)

# Lists of optional values: filtering, counting and replacing Nones.
readings: list[int | None] = [12, None, 15, None, None, 9, 20]
print(readings)
present = [r for r in readings if r is not None]
print(present, sum(present))
print(len(readings) - len(present), "missing")
print(readings.count(None))
filled: list[int] = []
last = 0
for r in readings:
    if r is None:
        filled.append(last)
    else:
        filled.append(r)
        last = r
print(filled)
first_gap = -1
for i in range(len(readings)):
    if readings[i] is None:
        first_gap = i
        break
print("first gap at", first_gap)
readings[1] = 13
print(readings[1] is None, readings[3] is None, None in readings)
print(["-" if r is None else str(r) for r in readings])
names: list[str | None] = [None, "b", None, "a"]
print(sorted([n for n in names if n is not None]))

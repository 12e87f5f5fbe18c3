# One global statement naming several variables of different types.
total = 0
average = 0.0
label = ""
seen = False


def record(v: int) -> None:
    global total, average, label, seen
    total += v
    if seen:
        average = (average + v) / 2
    else:
        average = float(v)
    seen = True
    label = label + str(v) + ";"


def summary() -> str:
    return f"total={total} average={average} label={label!r} seen={seen}"


print(summary())
record(4)
print(summary())
record(10)
record(-3)
print(summary())

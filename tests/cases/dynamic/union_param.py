# Parameters annotated with a union of types.
def show(v: int | str) -> str:
    if isinstance(v, int):
        return "int " + str(v * 2)
    return "str " + str(v) * 2

def scale(v: int | float, k: int) -> int | float:
    return v * k

def label(v: str | None) -> str:
    if v is None:
        return "<none>"
    return "<" + str(v) + ">"

print(show(21), show("ab"))
print(scale(2, 3), scale(2.5, 2), scale(True, 5))
print(label(None), label("x"))
mixed = [1, "two", 3]
for m in mixed:
    print(show(m))
print([scale(x, 2) for x in [1, 1.5]])

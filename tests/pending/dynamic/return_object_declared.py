# Returning a run-time typed value from a function annotated with a concrete type.
def size(x: object) -> int:
    if isinstance(x, int):
        return x
    return len(x)

def label(v: str | None) -> str:
    if v is None:
        return "<none>"
    return v

def total(t: tuple[int, ...]) -> int:
    s = 0
    for x in t:
        s += x
    return s

print(size(5), size("abc"), label(None), label("x"), total((1, 2, 3)))

# Functions returning comprehensions over their list parameters.
def evens(xs: list[int]) -> list[int]:
    return [x for x in xs if x % 2 == 0]


def lengths(ws: list[str]) -> dict[str, int]:
    return {w: len(w) for w in ws}


def flatten(m: list[list[int]]) -> list[int]:
    return [v for row in m for v in row]


def scale(m: list[list[float]], k: float) -> list[list[float]]:
    return [[v * k for v in row] for row in m]


def initials(names: list[str]) -> str:
    return "".join([n[0].upper() for n in names if n != ""])


print(evens([1, 2, 3, 4, 10, 11]))
print(lengths(["a", "bb", "ccc"]))
print(flatten([[1], [2, 3], [4]]))
print(scale([[1.0, 2.0], [0.5]], 2.5))
print(initials(["grace", "", "murray", "hopper"]))
print(evens(flatten([[5, 6], [8]])))

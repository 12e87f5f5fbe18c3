# Comprehensions inside nested functions read enclosing variables; comprehension lambdas bind late.
def grid(rows: int, cols: int, fill: str) -> list[str]:
    def row(r: int) -> str:
        return "".join([fill if (r + c) % 2 == 0 else "." for c in range(cols)])

    return [row(r) for r in range(rows)]


for line in grid(3, 5, "#"):
    print(line)


def offsets(base: int) -> dict[str, int]:
    names = ["a", "b", "c"]
    return {n: base + i for i, n in enumerate(names)}


print(offsets(10))
late = [lambda: n * 2 for n in [1, 2, 3]]
print([f() for f in late])
bound = [(lambda n=n: n * 2) for n in [1, 2, 3]]
print([f() for f in bound])
limit = 3
print([x for x in range(10) if x < limit])

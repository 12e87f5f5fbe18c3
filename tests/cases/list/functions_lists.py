# Functions that take, mutate and return lists.
def squares(n: int) -> list[int]:
    out: list[int] = []
    for i in range(n):
        out.append(i * i)
    return out


def total(xs: list[int]) -> int:
    t = 0
    for x in xs:
        t += x
    return t


def double_in_place(xs: list[int]) -> None:
    for i in range(len(xs)):
        xs[i] *= 2


def evens(xs: list[int]) -> list[int]:
    out: list[int] = []
    for x in xs:
        if x % 2 == 0:
            out.append(x)
    return out


def longest(words: list[str]) -> str:
    best = ""
    for w in words:
        if len(w) > len(best):
            best = w
    return best


def averages(rows: list[list[float]]) -> list[float]:
    res: list[float] = []
    for r in rows:
        s = 0.0
        for v in r:
            s += v
        res.append(s / len(r))
    return res


sq = squares(6)
print(sq, total(sq))
double_in_place(sq)
print(sq, total(sq))
print(evens([1, 2, 3, 4, 5, 6]), evens([]))
print(longest(["a", "abc", "ab", "xyz"]))
print(averages([[1.0, 2.0], [3.5], [0.1, 0.2, 0.3]]))
print(squares(0), len(squares(100)))

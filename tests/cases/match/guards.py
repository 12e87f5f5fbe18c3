# Guards: `case x if cond` falls through to later cases when the condition is false.
def bucket(n: int) -> str:
    match n:
        case x if x < 0:
            return "negative"
        case 0:
            return "zero"
        case x if x > 10:
            return "big"
        case x if x % 2 == 0:
            return "small even"
        case _:
            return "small odd"


def order(p: tuple[int, int]) -> str:
    match p:
        case (a, b) if a < b:
            return "ascending"
        case (a, b) if a > b:
            return "descending"
        case _:
            return "equal"


calls = 0


def noisy(v: int) -> bool:
    global calls
    calls += 1
    return v > 2


print([bucket(n) for n in [-5, 0, 4, 7, 11, 100]])
print([order(p) for p in [(1, 2), (3, 1), (5, 5)]])
for v in [1, 3]:
    match v:
        case 0:
            print("zero")
        case n if noisy(n):
            print(n, "passed guard")
        case n:
            print(n, "fell through")
print("guard calls:", calls)

# A default that is not a literal is made once, when the def runs, and shared by the calls.
LIMIT = 3


def remember(item: str, seen: list[str] = []) -> list[str]:
    seen.append(item)
    return seen


def capped(n: int, cap: int = LIMIT * 2) -> int:
    return min(n, cap)


print(remember("a"))
print(remember("b"))
mine: list[str] = []
print(remember("c", mine), mine)
print(remember("d"))
LIMIT = 100
print(capped(10), capped(3), capped(50, 40), LIMIT)

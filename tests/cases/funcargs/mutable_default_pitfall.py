# A mutable default list is created once and persists between calls that omit the argument.
def append_to(x: int, acc: list[int] = []) -> list[int]:
    acc.append(x)
    return acc


a = append_to(1)
print(a)
b = append_to(2)
print(b)
print(a is b, a)
c = append_to(3, [])
print(c)
print(append_to(4))
mine = [10]
print(append_to(5, mine), mine)
print(append_to(6))


def tally(word: str, seen: dict[str, int] = {}) -> int:
    seen[word] = seen.get(word, 0) + 1
    return seen[word]


print([tally(w) for w in ["a", "b", "a", "a", "c", "b"]])
print(tally("a", {}), tally("a"))

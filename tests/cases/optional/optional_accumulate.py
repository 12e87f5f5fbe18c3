# An Optional running best: starts as None and is replaced as better values appear.
def max_or_none(items: list[int]) -> int | None:
    best: int | None = None
    for v in items:
        if best is None or v > best:
            best = v
    return best


def shortest(words: list[str]) -> str | None:
    result: str | None = None
    for w in words:
        if result is None:
            result = w
        elif len(w) < len(result):
            result = w
    return result


print(max_or_none([3, 9, 2, 9, 4]))
print(max_or_none([]))
print(max_or_none([-5, -2, -8]))
print(shortest(["pear", "fig", "banana", "kiwi"]))
print(shortest([]))
m = max_or_none([1, 2, 3])
if m is not None:
    print("max plus one", m + 1)
s = shortest(["abc"])
print(s is not None and s == "abc")
print([max_or_none(x) for x in [[1], [], [2, 7]]])

# Star patterns in sequences: [first, *rest], [*init, last], [a, *mid, b].
def head_tail(items: list[int]) -> str:
    match items:
        case [first, *rest]:
            return f"first={first} rest={rest}"
        case _:
            return "empty"


def ends(items: list[str]) -> str:
    match items:
        case [only]:
            return "only " + only
        case [a, *mid, b]:
            return f"{a}..{b} ({len(mid)} between)"
        case _:
            return "none"


def total(items: list[int]) -> int:
    match items:
        case []:
            return 0
        case [x, *rest]:
            return x + total(rest)
    return -1


print(head_tail([1, 2, 3]))
print(head_tail([9]))
print(head_tail([]))
print(ends(["a"]))
print(ends(["a", "b"]))
print(ends(["x", "y", "z", "w"]))
print(ends([]))
print(total([1, 2, 3, 4, 5]))
match [1, 2, 3, 4]:
    case [*init, last]:
        print(init, last)
match [10, 20, 30]:
    case [_, *_]:
        print("non-empty")

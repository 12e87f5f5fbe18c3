# Fixed-length sequence patterns on lists with literals and captures.
def describe(items: list[int]) -> str:
    match items:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [0, y]:
            return f"starts with zero then {y}"
        case [x, y]:
            return f"pair {x},{y} sum {x + y}"
        case [x, y, z]:
            return f"triple, middle {y}"
        case _:
            return f"long list of {len(items)}"


for lst in [[], [7], [0, 9], [3, 4], [1, 2, 3], [1, 2, 3, 4, 5]]:
    print(lst, "->", describe(lst))


def swap(pair: tuple[int, int]) -> tuple[int, int]:
    match pair:
        case (a, b):
            return (b, a)
    return (0, 0)


print(swap((1, 2)))

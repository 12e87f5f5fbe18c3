# AS patterns bind the whole matched subpattern to a name.
def show(items: list[int]) -> str:
    match items:
        case [x, y] as pair:
            return f"pair {pair} with sum {x + y}"
        case [first, *rest] as whole:
            return f"{len(whole)} items, first {first}"
        case _:
            return "empty"


def size(n: int) -> str:
    match n:
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case (10 | 20) as round_number:
            return f"round {round_number}"
        case _ as other:
            return f"other {other}"


print(show([1, 2]))
print(show([4, 5, 6]))
print(show([]))
print([size(n) for n in [2, 20, 7]])
match [[1, 2], [3, 4]]:
    case [[a, b] as left, right]:
        print(left, right, a * b)

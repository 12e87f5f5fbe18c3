# OR patterns: alternatives of literals, of sequences, and binding the same name.
def kind(n: int) -> str:
    match n:
        case 1 | 2 | 3:
            return "small"
        case 4 | 5 | 6:
            return "medium"
        case _:
            return "large"


def weekend(day: str) -> bool:
    match day:
        case "sat" | "sun":
            return True
        case _:
            return False


def pick(items: list[int]) -> int:
    match items:
        case [x] | [x, 0] | [0, x]:
            return x
        case _:
            return -1


print([kind(n) for n in range(1, 9)])
print([weekend(d) for d in ["mon", "sat", "sun", "fri"]])
for items in [[5], [6, 0], [0, 7], [1, 2], [], [0, 0]]:
    print(items, pick(items))

# None, True and False patterns match by identity; an Optional subject is narrowed.
def show(v: int | None) -> str:
    match v:
        case None:
            return "nothing"
        case 0:
            return "zero"
        case n:
            return f"value {n + 1}"


def flag(b: bool) -> str:
    match b:
        case True:
            return "on"
        case False:
            return "off"
    return "?"


print([show(v) for v in [None, 0, 4]])
print(flag(True), flag(False), flag(1 > 2))
match 1:
    case True:
        print("1 matched True")
    case 1:
        print("1 matched 1")
match 0:
    case False:
        print("0 matched False")
    case _:
        print("0 did not match False")

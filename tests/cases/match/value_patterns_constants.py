# Value patterns with dotted class constants compare by ==, not by binding.
class Limits:
    LOW = 10
    HIGH = 100
    NAME = "limits"


class Key:
    UP = "w"
    DOWN = "s"


def check(n: int) -> str:
    match n:
        case Limits.LOW:
            return "at low limit"
        case Limits.HIGH:
            return "at high limit"
        case _:
            return "between" if Limits.LOW < n < Limits.HIGH else "outside"


def key_name(k: str) -> str:
    match k:
        case Key.UP:
            return "up"
        case Key.DOWN:
            return "down"
        case Limits.NAME:
            return "name"
        case _:
            return "none"


for n in [10, 50, 100, 5, 1000]:
    print(n, check(n))
for k in ["w", "s", "x", "limits"]:
    print(k, key_name(k))
print(Limits.LOW, Limits.HIGH)

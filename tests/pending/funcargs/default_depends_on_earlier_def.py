# Defaults can be any expression evaluated at def time, including calls and earlier constants.
def compute_limit() -> int:
    print("compute_limit runs once")
    return 3 * 7


LIMIT = compute_limit()
NAMES = ["a", "b"]


def check(x: int, limit: int = LIMIT, names: list[str] = NAMES[:]) -> str:
    return str(x <= limit) + " " + ",".join(names)


def scale(x: int, k: int = LIMIT // 2, offset: int = len(NAMES)) -> int:
    return x * k + offset


print(check(5), check(50))
NAMES.append("c")
LIMIT = 1000
print(check(50))
print(scale(2), scale(2, 1), scale(2, offset=0))
print(check.__defaults__)
print(scale.__defaults__)

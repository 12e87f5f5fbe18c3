# Molt reports at transpile time the TypeError CPython raises for these calls (same message).
def two(a: int, b: int) -> int:
    return a + b


def opt(a: int, b: int = 1) -> int:
    return a * b


def none_() -> int:
    return 0


try:
    two(1, 2, 3)  # type: ignore
except TypeError as e:
    print(e)
try:
    opt(1, 2, 3, 4)  # type: ignore
except TypeError as e:
    print(e)
try:
    none_(1)  # type: ignore
except TypeError as e:
    print(e)
print(two(1, 2), opt(4), opt(4, 5), none_())

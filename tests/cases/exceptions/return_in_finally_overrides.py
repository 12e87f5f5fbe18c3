# A return inside finally overrides the try's return value and swallows a pending exception.
def overrides_value() -> str:
    try:
        return "from try"
    finally:
        return "from finally"


def swallows_error(n: int) -> int:
    try:
        if n > 0:
            raise ValueError("lost")
        return n
    finally:
        return -1


def conditional(flag: bool) -> int:
    try:
        return 1
    finally:
        if flag:
            return 2


print(overrides_value())
print(swallows_error(5))
print(swallows_error(0))
print(conditional(True), conditional(False))
